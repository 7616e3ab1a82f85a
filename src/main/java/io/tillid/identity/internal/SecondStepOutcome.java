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

  boolean record(SignedInPrincipal principal, String method, boolean succeeded) {
    audit.record(principal, succeeded ? "mfa.second_step.succeeded" : "mfa.second_step.failed",
        Map.of("method", method));
    if (succeeded) {
      attempts.succeeded(principal);
    } else {
      attempts.failed(principal);
    }
    return succeeded;
  }
}
