package io.tillid.identity.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The second step by recovery code: each code works once. */
@Component
class RecoveryCodeCheck {

  private final RecoveryCodeStore codes;
  private final SecondStepOutcome outcome;
  private final MfaAudit audit;

  RecoveryCodeCheck(RecoveryCodeStore codes, SecondStepOutcome outcome, MfaAudit audit) {
    this.codes = codes;
    this.outcome = outcome;
    this.audit = audit;
  }

  @Transactional
  public boolean verify(SignedInPrincipal principal, String code) {
    if (!outcome.admitted(principal)) {
      return false;
    }
    boolean spent = RecoveryCodes.plausible(code) && codes.spend(principal, code);
    if (spent) {
      audit.record(principal, "mfa.recovery.used", Map.of("remaining", String.valueOf(codes.remaining(principal))));
    }
    return outcome.record(principal, "recovery_code", spent);
  }
}
