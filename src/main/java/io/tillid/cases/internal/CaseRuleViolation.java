package io.tillid.cases.internal;

/**
 * A case transition its rules refuse. {@code rule} names the rule (a message key suffix), the
 * message says it in English for the API; neither holds personal data.
 */
final class CaseRuleViolation extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The preparer tried to approve a case that needs a second person. */
  static final String FOUR_EYES = "four-eyes";

  private final String rule;

  CaseRuleViolation(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  String rule() {
    return rule;
  }
}
