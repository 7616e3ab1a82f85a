package io.tillid.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The brute-force defence around a password sign-in. {@link #open} counts the attempt as a
 * failure before the password is checked, so that a burst of concurrent guesses meets the lockout
 * the earlier ones cause; {@link #settle} then either clears the count (success) or records why
 * the attempt was refused. A locked account or a throttled address is refused after the same
 * password work and with the same answer as a wrong password.
 */
@Component
class SignInGuard {

  private final AccountFailures failures;
  private final AddressThrottle addresses;
  private final SignInAudit audit;
  private final Clock clock;

  SignInGuard(AccountFailures failures, AddressThrottle addresses, SignInAudit audit, Clock clock) {
    this.failures = failures;
    this.addresses = addresses;
    this.audit = audit;
    this.clock = clock;
  }

  /** An attempt in progress; holds no secret or address beyond the request. */
  record Attempt(GuardKey key, String address, AccountFailures.Transition counted, boolean addressBlocked) {

    boolean admitted() {
      return !addressBlocked && !counted.before().lockedAt(counted.after().lastFailureAt());
    }
  }

  @Transactional
  Attempt open(Optional<SignedInPrincipal> account, String tenantSlug, String email, String address) {
    GuardKey key = account.map(GuardKey::of).orElseGet(() -> GuardKey.unknown(tenantSlug, email));
    Instant now = clock.instant();
    return new Attempt(key, address, failures.count(key, now), addresses.blocked(address, now));
  }

  /**
   * Whether the attempt passes: admitted, the right password, an active account. When a second
   * factor is still to come ({@code complete} false) a right password neither counts nor clears
   * earlier failures: only {@link SignInAttempts#succeeded} after the second factor clears them,
   * so knowing the password does not reset the count while codes are guessed.
   */
  @Transactional
  boolean settle(Attempt attempt, boolean passwordVerified, boolean active, boolean complete) {
    if (attempt.admitted() && passwordVerified && active && !complete) {
      failures.takeBack(attempt.key(), attempt.counted());
      audit.record(attempt.key(), attempt.key().accountKey(), "signin.password-verified", Map.of());
      return true;
    }
    if (attempt.admitted() && passwordVerified && active) {
      Optional<GuardState> was = failures.reset(attempt.key());
      if (was.isPresent() && was.get().lockedUntil() != null) {
        audit.record(attempt.key(), SignInAudit.GUARD, "signin.unlocked", Map.of("reason", "lockout-expired"));
      }
      audit.record(attempt.key(), attempt.key().targetId() == null ? SignInAudit.ANONYMOUS
          : attempt.key().accountKey(), "signin.succeeded", Map.of("factor", "password"));
      return true;
    }
    String reason = attempt.addressBlocked() ? "address-throttled" : !attempt.admitted() ? "locked"
        : !attempt.key().known() ? "unknown-account" : !passwordVerified ? "wrong-password" : "disabled";
    audit.record(attempt.key(), SignInAudit.ANONYMOUS, "signin.failed",
        Map.of("reason", reason, "failures", Integer.toString(attempt.counted().after().failures())));
    Instant at = attempt.counted().after().lastFailureAt();
    if (!attempt.counted().before().lockedAt(at) && attempt.counted().after().lockedAt(at)) {
      audit.record(attempt.key(), SignInAudit.GUARD, "signin.locked",
          Map.of("until", attempt.counted().after().lockedUntil().toString()));
    }
    return false;
  }

  /**
   * Counts a refused attempt against its client address. Separate from {@link #settle}, which runs
   * in the account's tenant scope, because the throttle's audit entry goes to the platform's chain:
   * call it in the platform's scope.
   */
  @Transactional
  void addressFailed(Attempt attempt) {
    if (addresses.failed(attempt.address(), clock.instant()) == addresses.limit()) {
      audit.platform("signin.address-throttled", Map.of());
    }
  }
}
