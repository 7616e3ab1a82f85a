package io.tillid.platform;

/**
 * Sends e-mail: over SMTP in production, into the dev mailbox page in start-dev. Callers build the
 * text; links in it must start with {@link PlatformProperties#publicUrl()}, never with a request's
 * Host header.
 */
public interface Mailer {

  /** False when no way to send mail is configured; callers then tell the user so. */
  boolean enabled();

  /**
   * Sends the mail or throws {@link MailUnavailableException}. Never logs the address or the text.
   */
  void send(OutgoingMail mail);

  /** Mail could not be sent (not configured, or the server refused it). */
  class MailUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailUnavailableException(String safeMessage, Throwable cause) {
      super(safeMessage, cause);
    }
  }
}
