package io.tillid.platform;

import java.util.Objects;

/** A plain-text e-mail. Its {@code toString()} shows neither the address nor the text. */
public record OutgoingMail(String to, String subject, String text) {

  public OutgoingMail {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return "OutgoingMail[to=***, subject=***, text=" + text.length() + " chars]";
  }
}
