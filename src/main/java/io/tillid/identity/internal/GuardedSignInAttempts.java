package io.tillid.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Second-factor outcomes on the same counters and audit trail as password attempts. */
@Component
class GuardedSignInAttempts implements SignInAttempts {

  private final PrincipalKeys keys;
  private final AccountFailures failures;
  private final SignInAudit audit;
  private final Clock clock;

  GuardedSignInAttempts(PrincipalKeys keys, AccountFailures failures, SignInAudit audit, Clock clock) {
    this.keys = keys;
    this.failures = failures;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void failed(String principalId) {
    GuardKey key = keys.of(principalId);
    Instant now = clock.instant();
    AccountFailures.Transition counted = failures.count(key, now);
    audit.record(key, principalId, "signin.failed",
        Map.of("reason", "second-factor", "failures", Integer.toString(counted.after().failures())));
    if (!counted.before().lockedAt(now) && counted.after().lockedAt(now)) {
      audit.record(key, SignInAudit.GUARD, "signin.locked", Map.of("until", counted.after().lockedUntil().toString()));
    }
  }

  @Override
  @Transactional(readOnly = true)
  public boolean locked(String principalId) {
    return failures.state(keys.of(principalId)).filter(state -> state.lockedAt(clock.instant())).isPresent();
  }

  @Override
  @Transactional
  public void succeeded(String principalId) {
    GuardKey key = keys.of(principalId);
    if (failures.reset(key).filter(state -> state.lockedUntil() != null).isPresent()) {
      audit.record(key, SignInAudit.GUARD, "signin.unlocked", Map.of("reason", "lockout-expired"));
    }
    audit.record(key, principalId, "signin.succeeded", Map.of("factor", "second"));
  }
}
