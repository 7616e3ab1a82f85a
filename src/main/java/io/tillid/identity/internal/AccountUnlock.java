package io.tillid.identity.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lifts an account's lockout and forgets its failures, for the user administration. */
@Component
class AccountUnlock {

  private final PrincipalKeys keys;
  private final AccountFailures failures;
  private final SignInAudit audit;

  AccountUnlock(PrincipalKeys keys, AccountFailures failures, SignInAudit audit) {
    this.keys = keys;
    this.failures = failures;
    this.audit = audit;
  }

  /** @return whether the account had failures to forget */
  @Transactional
  boolean unlock(String principalId, String actorPrincipalId) {
    GuardKey key = keys.of(principalId);
    boolean had = failures.reset(key).isPresent();
    if (had) {
      audit.record(key, actorPrincipalId, "signin.unlocked", Map.of("reason", "administrator"));
    }
    return had;
  }
}
