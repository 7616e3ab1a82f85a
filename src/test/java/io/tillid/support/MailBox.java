package io.tillid.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one recipient's mail from the shared GreenMail server, waiting for it to arrive. */
public final class MailBox {

  /** A received mail, decoded. */
  public record Mail(String subject, String text) {
    /** The first link in the text whose path starts with {@code pathPrefix}. */
    public String link(String pathPrefix) {
      Matcher matcher = Pattern.compile("https://\\S+" + Pattern.quote(pathPrefix) + "[A-Za-z0-9_-]+").matcher(text);
      if (!matcher.find()) {
        throw new AssertionError("no link to " + pathPrefix + " in the mail");
      }
      return matcher.group();
    }
  }

  private MailBox() {}

  public static List<Mail> to(GreenMail server, String address) {
    List<Mail> mails = new ArrayList<>();
    try {
      for (MimeMessage message : server.getReceivedMessages()) {
        Address[] recipients = message.getAllRecipients();
        if (recipients != null && List.of(recipients).stream().anyMatch(r -> r.toString().equalsIgnoreCase(address))) {
          mails.add(new Mail(message.getSubject(), message.getContent().toString()));
        }
      }
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
    return mails;
  }

  /** Waits up to ten seconds until the address has {@code count} mails; returns them. */
  public static List<Mail> await(GreenMail server, String address, int count) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    List<Mail> mails = to(server, address);
    while (mails.size() < count && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      mails = to(server, address);
    }
    if (mails.size() < count) {
      throw new AssertionError("expected " + count + " mails to the address, got " + mails.size());
    }
    return mails;
  }
}
