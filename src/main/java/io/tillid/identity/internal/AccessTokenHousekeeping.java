package io.tillid.identity.internal;

import io.tillid.platform.TenantScope;
import java.time.Clock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets issued access tokens, and applications' authorizations whose code and refresh token are
 * spent, a day after they expired: an expired token is refused by its
 * signature's lifetime alone. An idempotent delete, so every node may run it.
 */
@Component
class AccessTokenHousekeeping {

  static final Duration KEEP_AFTER_EXPIRY = Duration.ofDays(1);

  private final AccessTokenRepository tokens;
  private final UserAuthorizationRepository authorizations;
  private final Clock clock;

  AccessTokenHousekeeping(AccessTokenRepository tokens, UserAuthorizationRepository authorizations, Clock clock) {
    this.tokens = tokens;
    this.authorizations = authorizations;
    this.clock = clock;
  }

  @Scheduled(initialDelay = 7, fixedDelay = 60, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
  void forget() {
    TenantScope.system("access token housekeeping: every tenant's long-expired tokens",
        () -> tokens.deleteExpired(clock.instant().minus(KEEP_AFTER_EXPIRY))
            + authorizations.deleteExpired(clock.instant().minus(KEEP_AFTER_EXPIRY)));
  }
}
