package io.tillid.identity.internal;

/**
 * What {@link PasswordPolicy} decided: {@code reason} is a message key ({@code password.ok} when
 * accepted) and {@code limit} the length the message speaks of, if any. Never holds the password.
 */
record PasswordDecision(String reason, int limit) {

  static final String OK = "password.ok";
  static final String TOO_SHORT = "password.tooShort";
  static final String TOO_LONG = "password.tooLong";
  static final String BLOCKLISTED = "password.blocklisted";
  static final String CONTAINS_EMAIL = "password.containsEmail";
  static final String CONTAINS_TENANT = "password.containsTenant";

  // public: templates call it through SpEL, which cannot reach package-private methods
  public boolean accepted() {
    return OK.equals(reason);
  }

  /** The rule in English, for the import command's one-line errors. */
  String rule() {
    return switch (reason) {
      case OK -> "is acceptable";
      case TOO_SHORT -> "must have at least " + limit + " characters";
      case TOO_LONG -> "must have at most " + limit + " characters";
      case BLOCKLISTED -> "is a common or breached password";
      case CONTAINS_EMAIL -> "must not contain the e-mail address or its local part";
      case CONTAINS_TENANT -> "must not contain the organisation's name or slug";
      default -> "is not acceptable";
    };
  }
}
