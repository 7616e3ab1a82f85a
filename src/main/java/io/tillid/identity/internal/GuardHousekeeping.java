package io.tillid.identity.internal;

import io.tillid.platform.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets what the guard no longer needs: failures older than the reset time (unless locked) and
 * address buckets older than two windows (an hour at least). Idempotent deletes, so every node may run it.
 */
@Component
class GuardHousekeeping {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration keepAddresses;

  GuardHousekeeping(JdbcClient jdbc, Clock clock, SignInGuardProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    Duration twoWindows = properties.addressWindow().multipliedBy(2);
    this.keepAddresses = twoWindows.compareTo(Duration.ofHours(1)) > 0 ? twoWindows : Duration.ofHours(1);
  }

  @Scheduled(initialDelay = 5, fixedDelay = 15, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
  void forget() {
    TenantScope.system("sign-in guard housekeeping: every tenant's old failures", () -> {
      forgetOld();
      return null;
    });
  }

  private void forgetOld() {
    Instant now = clock.instant();
    jdbc.sql("""
        delete from sign_in_failure where last_failure_at < :before and (locked_until is null or locked_until < :now)""")
        .param("before", now.minus(LockoutPolicy.FAILURE_RESET).atOffset(ZoneOffset.UTC))
        .param("now", now.atOffset(ZoneOffset.UTC)).update();
    jdbc.sql("delete from sign_in_address_failure where minute_start < :before")
        .param("before", now.minus(keepAddresses).atOffset(ZoneOffset.UTC)).update();
  }
}
