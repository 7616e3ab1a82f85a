package io.tillid.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * Keycloak's brute-force detection (temporary lockout), with every setting at or beyond its
 * default. Keycloak's defaults: lockout after 30 failures, waits growing by 1 minute up to 15
 * minutes, two failures within 1 second lock for at least 1 minute, failures forgotten 12 hours
 * after the last one. Here: lockout after 5 failures, the wait doubling from 1 minute with each
 * further failure up to 15 minutes, the same quick-failure check and reset time. Every refused
 * attempt counts, including those made while locked, so a lockout never ends for someone who keeps
 * trying. At each number of failures the wait is at least Keycloak's.
 */
final class LockoutPolicy {

  static final int FAILURE_FACTOR = 5;
  static final Duration WAIT_INCREMENT = Duration.ofMinutes(1);
  static final Duration MAX_WAIT = Duration.ofMinutes(15);
  static final Duration QUICK_LOGIN_CHECK = Duration.ofSeconds(1);
  static final Duration MIN_QUICK_LOGIN_WAIT = Duration.ofMinutes(1);
  static final Duration FAILURE_RESET = Duration.ofHours(12);

  private LockoutPolicy() {}

  /** The state after one more failure at {@code now}. */
  static GuardState afterFailure(GuardState before, Instant now) {
    boolean forgotten = before.lastFailureAt() == null || !before.lastFailureAt().plus(FAILURE_RESET).isAfter(now);
    int failures = forgotten ? 1 : before.failures() + 1;
    Duration wait = waitAfter(failures);
    if (!forgotten && Duration.between(before.lastFailureAt(), now).compareTo(QUICK_LOGIN_CHECK) < 0
        && wait.compareTo(MIN_QUICK_LOGIN_WAIT) < 0) {
      wait = MIN_QUICK_LOGIN_WAIT;
    }
    Instant lockedUntil = wait.isZero() ? null : now.plus(wait);
    Instant earlier = forgotten ? null : before.lockedUntil();
    if (earlier != null && (lockedUntil == null || earlier.isAfter(lockedUntil))) {
      lockedUntil = earlier;
    }
    return new GuardState(failures, now, lockedUntil);
  }

  /** No wait below the failure factor; then 1, 2, 4, 8, 15, 15, ... minutes. */
  static Duration waitAfter(int failures) {
    if (failures < FAILURE_FACTOR) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - FAILURE_FACTOR, 10);
    Duration wait = WAIT_INCREMENT.multipliedBy(1L << doublings);
    return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
  }
}
