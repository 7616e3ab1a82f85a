package io.tillid.platform.mail;

import io.tillid.platform.Mailer;
import io.tillid.platform.OutgoingMail;

/** Production without TILLID_SMTP_HOST: nothing is sent, and callers are told so. */
final class DisabledMailer implements Mailer {

  @Override
  public boolean enabled() {
    return false;
  }

  @Override
  public void send(OutgoingMail mail) {
    throw new MailUnavailableException("Mail is not configured (TILLID_SMTP_HOST).", null);
  }
}
