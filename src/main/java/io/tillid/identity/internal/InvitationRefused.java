package io.tillid.identity.internal;

/**
 * An invitation that cannot be sent. {@link #reason()} is a message key for the page; the message
 * is the same in English and never repeats the input.
 */
final class InvitationRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  static final String MAIL_OFF = "invitation.refused.mailOff";
  static final String ALREADY_ACTIVE = "invitation.refused.active";
  static final String BAD_EMAIL = "invitation.refused.email";
  static final String BAD_NAME = "invitation.refused.name";
  static final String BAD_ROLE = "invitation.refused.role";
  static final String NO_TENANT = "invitation.refused.tenant";

  private final String reason;

  InvitationRefused(String reason, String safeMessage) {
    super(safeMessage);
    this.reason = reason;
  }

  String reason() {
    return reason;
  }
}
