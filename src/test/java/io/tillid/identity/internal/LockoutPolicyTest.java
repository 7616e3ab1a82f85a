package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

  private Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
  private GuardState state = new GuardState(0, null, null);

  private void failAfter(Duration pause) {
    clock = Clock.offset(clock, pause);
    state = LockoutPolicy.afterFailure(state, clock.instant());
  }

  @Test
  void fourFailuresAtAHumanPaceDoNotLock() {
    for (int i = 0; i < 4; i++) {
      failAfter(Duration.ofSeconds(10));
    }
    assertThat(state.failures()).isEqualTo(4);
    assertThat(state.lockedAt(clock.instant())).isFalse();
  }

  @Test
  void theFifthLocksForAMinuteAndEachFurtherOneDoublesTheWaitUpToFifteenMinutes() {
    for (int i = 0; i < 4; i++) {
      failAfter(Duration.ofSeconds(10));
    }
    Duration[] expected = {Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
        Duration.ofMinutes(15), Duration.ofMinutes(15)};
    for (Duration wait : expected) {
      failAfter(Duration.ofSeconds(10));
      assertThat(Duration.between(clock.instant(), state.lockedUntil())).isEqualTo(wait);
    }
  }

  @Test
  void theLockHoldsUntilItsEndAndNotAfter() {
    for (int i = 0; i < 5; i++) {
      failAfter(Duration.ofSeconds(10));
    }
    assertThat(state.lockedAt(clock.instant().plusSeconds(59))).isTrue();
    assertThat(state.lockedAt(clock.instant().plusSeconds(60))).isFalse();
  }

  @Test
  void twoFailuresWithinASecondLockForAMinute() {
    failAfter(Duration.ofSeconds(10));
    failAfter(Duration.ofMillis(400));
    assertThat(state.failures()).isEqualTo(2);
    assertThat(Duration.between(clock.instant(), state.lockedUntil())).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aFailureDuringALockNeverShortensIt() {
    for (int i = 0; i < 9; i++) {
      failAfter(Duration.ofSeconds(10));
    }
    Instant locked = state.lockedUntil();
    state = LockoutPolicy.afterFailure(new GuardState(2, clock.instant(), locked), clock.instant().plusSeconds(5));
    assertThat(state.lockedUntil()).isEqualTo(locked);
  }

  @Test
  void failuresAreForgottenTwelveHoursAfterTheLast() {
    for (int i = 0; i < 4; i++) {
      failAfter(Duration.ofSeconds(10));
    }
    failAfter(Duration.ofHours(12));
    assertThat(state.failures()).isEqualTo(1);
    assertThat(state.lockedUntil()).isNull();
    failAfter(Duration.ofHours(11).plusMinutes(59));
    assertThat(state.failures()).isEqualTo(2);
  }

  /** Keycloak's default temporary lockout: 30 failures, then 1 minute per 30 more, at most 15. */
  private static Duration keycloakWait(int failures) {
    if (failures < 30) {
      return Duration.ZERO;
    }
    Duration wait = Duration.ofMinutes(failures / 30);
    return wait.compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15) : wait;
  }

  @Test
  void atEveryNumberOfFailuresTheWaitIsAtLeastKeycloaks() {
    for (int failures = 1; failures <= 1000; failures++) {
      assertThat(LockoutPolicy.waitAfter(failures)).as("after %d failures", failures)
          .isGreaterThanOrEqualTo(keycloakWait(failures));
    }
    assertThat(LockoutPolicy.FAILURE_FACTOR).isLessThanOrEqualTo(30);
    assertThat(LockoutPolicy.MAX_WAIT).isGreaterThanOrEqualTo(Duration.ofMinutes(15));
    assertThat(LockoutPolicy.QUICK_LOGIN_CHECK).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
    assertThat(LockoutPolicy.MIN_QUICK_LOGIN_WAIT).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
    assertThat(LockoutPolicy.FAILURE_RESET).isGreaterThanOrEqualTo(Duration.ofHours(12));
  }
}
