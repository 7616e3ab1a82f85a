package io.tillid.platform.mail;

import io.tillid.platform.Mailer;
import io.tillid.platform.OutgoingMail;
import io.tillid.platform.SafeLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends mail over SMTP (STARTTLS required to any host but loopback; see the launcher). */
final class SmtpMailer implements Mailer {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

  private final JavaMailSender sender;
  private final String from;

  SmtpMailer(JavaMailSender sender, String from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public boolean enabled() {
    return true;
  }

  @Override
  public void send(OutgoingMail mail) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(mail.to());
    message.setSubject(mail.subject());
    message.setText(mail.text());
    try {
      sender.send(message);
    } catch (MailException e) {
      LOG.atWarn().setMessage("mail not sent").addKeyValue("error", SafeLog.describe(e)).log();
      throw new MailUnavailableException("The mail server did not accept the message.", e);
    }
  }
}
