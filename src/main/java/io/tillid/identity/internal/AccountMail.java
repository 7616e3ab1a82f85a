package io.tillid.identity.internal;

import io.tillid.platform.OutgoingMail;
import io.tillid.platform.PlatformProperties;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of account mails in the reader's language (English unless the request preferred
 * Danish). Links start with the configured public URL, never with a request's Host header.
 */
@Component
class AccountMail {

  private final MessageSource messages;
  private final PlatformProperties platform;

  AccountMail(MessageSource messages, PlatformProperties platform) {
    this.messages = messages;
    this.platform = platform;
  }

  OutgoingMail reset(String to, String tenantName, String token, Locale locale) {
    String link = link("/password/reset/", token);
    return new OutgoingMail(to, messages.getMessage("mail.reset.subject", null, locale),
        messages.getMessage("mail.reset.body",
            new Object[] {tenantName, PasswordResetRequests.VALIDITY.toMinutes(), link}, locale));
  }

  OutgoingMail invitation(String to, String tenantName, String tenantSlug, String token, Locale locale) {
    String link = link("/invitation/", token);
    return new OutgoingMail(to, messages.getMessage("mail.invitation.subject", new Object[] {tenantName}, locale),
        messages.getMessage("mail.invitation.body",
            new Object[] {tenantName, Invitations.VALIDITY.toDays(), link, tenantSlug}, locale));
  }

  private String link(String path, String token) {
    String base = platform.publicUrl();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path + token;
  }
}
