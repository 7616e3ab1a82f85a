package io.tillid.identity.internal;

import java.util.Map;
import org.springframework.stereotype.Component;

/** Records a second-step attempt: in the audit trail, and with the brute-force counters. */
@Component
class SecondStepOutcome {

  private final MfaAudit audit;
  private final SignInAttempts attempts;

  SecondStepOutcome(MfaAudit audit, SignInAttempts attempts) {
    this.audit = audit;
    this.attempts = attempts;
  }

  /** False while the principal is locked out: then no code is even checked (nor spent). */
  boolean admitted(SignedInPrincipal principal) {
    if (attempts.locked(principal.principalId())) {
      audit.record(principal, "mfa.second_step.failed", Map.of("reason", "locked"));
      attempts.failed(principal.principalId());
      return false;
    }
    return true;
  }

  boolean record(SignedInPrincipal principal, String method, boolean succeeded) {
    audit.record(principal, succeeded ? "mfa.second_step.succeeded" : "mfa.second_step.failed",
        Map.of("method", method));
    if (succeeded) {
      attempts.succeeded(principal.principalId());
    } else {
      attempts.failed(principal.principalId());
    }
    return succeeded;
  }
}
