package io.tillid.identity.internal;

import io.tillid.platform.TenantPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Which bucket a request takes a token from: an authenticated API request from its key's or
 * client's bucket and from its address's bucket in the tenant (the tenant's limits, else the
 * defaults); a request to {@code /oauth2/token} from its address's bucket; a failed API key from its
 * address's failure bucket. Addresses are kept only as salted hashes (IPv6 by /64).
 */
@Component
class RateLimits {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final RateLimitBuckets buckets;
  private final TenantRateLimits tenants;
  private final RateLimitProperties properties;
  private final Clock clock;
  /** Addresses this node saw exhaust their failure bucket, until when: spared a database look-up meanwhile. */
  private final Map<String, Long> blockedUntil = new ConcurrentHashMap<>();

  @org.springframework.beans.factory.annotation.Autowired
  RateLimits(DataSource dataSource, TenantRateLimits tenants, RateLimitProperties properties, Clock clock) {
    this(RateLimitBuckets.on(dataSource), tenants, properties, clock);
  }

  RateLimits(RateLimitBuckets buckets, TenantRateLimits tenants, RateLimitProperties properties, Clock clock) {
    this.buckets = buckets;
    this.tenants = tenants;
    this.properties = properties;
    this.clock = clock;
  }

  /** An authenticated API request: the principal's bucket, then the address's bucket in the tenant. */
  RateLimitBuckets.Decision apiRequest(TenantPrincipal principal, String address) {
    TenantRateLimits.Limits limits = tenants.of(principal.tenantId());
    RateLimitBuckets.Decision byPrincipal = buckets.take("p:" + principal.principalId(), limits.perPrincipal(), MINUTE);
    if (!byPrincipal.allowed()) {
      return byPrincipal;
    }
    return buckets.take("a:" + principal.tenantId() + ":" + AddressThrottle.key(address), limits.perAddress(), MINUTE);
  }

  /** A request to the token endpoint, before the client is known. */
  RateLimitBuckets.Decision tokenRequest(String address) {
    return buckets.take("t:" + AddressThrottle.key(address), properties.tokenPerAddress(), MINUTE);
  }

  /** Seconds until the address may present API keys again, as far as this node knows; 0 if it may. */
  long keyFailuresBlocked(String address) {
    Long until = blockedUntil.get(AddressThrottle.key(address));
    if (until == null) {
      return 0;
    }
    long left = until - clock.millis();
    if (left <= 0) {
      blockedUntil.remove(AddressThrottle.key(address));
      return 0;
    }
    return (left + 999) / 1000;
  }

  /** Counts a failed API key; the decision says whether the address may still try. */
  RateLimitBuckets.Decision keyFailed(String address) {
    String key = AddressThrottle.key(address);
    RateLimitBuckets.Decision decision = buckets.take("f:" + key, properties.failedKeysPerAddress(),
        properties.failedKeysWindow());
    if (!decision.allowed()) {
      if (blockedUntil.size() > 100_000) {
        blockedUntil.clear();
      }
      blockedUntil.put(key, clock.millis() + decision.secondsToWait() * 1000);
    }
    return decision;
  }

  @Scheduled(initialDelay = 3, fixedDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
  void removeExpiredBuckets() {
    while (buckets.removeExpired(1000) == 1000) {
      // more to remove
    }
  }
}
