package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's API rate limits (requests per minute per key or client, and per address), stored in
 * {@code api_rate_limit}; the configured defaults where a tenant has none. Read at most every 30
 * seconds per node: a change counts at once on the node that made it and within 30 seconds on the
 * others.
 */
@Component
class TenantRateLimits {

  static final int MAX = 1_000_000;
  private static final long CACHE_MILLIS = 30_000;

  /** Requests per minute; {@code own} is false when the defaults apply. */
  record Limits(int perPrincipal, int perAddress, boolean own) {}

  private record Cached(Limits limits, long loadedAt) {}

  private final JdbcClient jdbc;
  private final RateLimitProperties defaults;
  private final AuditTrail audit;
  private final Clock clock;
  private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

  TenantRateLimits(JdbcClient jdbc, RateLimitProperties defaults, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.defaults = defaults;
    this.audit = audit;
    this.clock = clock;
  }

  /** The limits that apply to the tenant now (possibly up to 30 seconds old). */
  Limits of(TenantId tenant) {
    long now = clock.millis();
    Cached cached = cache.get(tenant.value());
    if (cached != null && now - cached.loadedAt() < CACHE_MILLIS) {
      return cached.limits();
    }
    Limits limits = TenantScope.call(tenant, () -> read(tenant));
    cache.put(tenant.value(), new Cached(limits, now));
    return limits;
  }

  @Transactional(readOnly = true)
  public Limits current(TenantId tenant) {
    return read(tenant);
  }

  /** Sets the tenant's own limits (audited); null for both goes back to the defaults. */
  @Transactional
  public Limits change(TenantPrincipal principal, Integer perPrincipal, Integer perAddress) {
    TenantId tenant = principal.tenantId();
    if (perPrincipal == null && perAddress == null) {
      jdbc.sql("delete from api_rate_limit where tenant_id = ?").param(tenant.value()).update();
      audit.record(new AuditEvent(tenant, principal.principalId(), "rate_limit.changed", "tenant",
          tenant.value().toString(), Map.of("limits", "defaults")));
    } else {
      int principalLimit = valid("perPrincipal", perPrincipal);
      int addressLimit = valid("perAddress", perAddress);
      Instant now = clock.instant();
      if (jdbc.sql("update api_rate_limit set per_principal = ?, per_address = ?, updated_at = ?, updated_by = ? "
              + "where tenant_id = ?")
          .params(principalLimit, addressLimit, now.atOffset(ZoneOffset.UTC), principal.principalId(), tenant.value())
          .update() == 0) {
        jdbc.sql("insert into api_rate_limit (tenant_id, per_principal, per_address, updated_at, updated_by) "
                + "values (?, ?, ?, ?, ?)")
            .params(tenant.value(), principalLimit, addressLimit, now.atOffset(ZoneOffset.UTC), principal.principalId())
            .update();
      }
      audit.record(new AuditEvent(tenant, principal.principalId(), "rate_limit.changed", "tenant",
          tenant.value().toString(), Map.of("perPrincipal", String.valueOf(principalLimit),
              "perAddress", String.valueOf(addressLimit))));
    }
    cache.remove(tenant.value());
    return read(tenant);
  }

  private Limits read(TenantId tenant) {
    Optional<Limits> own = jdbc.sql("select per_principal, per_address from api_rate_limit where tenant_id = ?")
        .param(tenant.value())
        .query((rs, n) -> new Limits(rs.getInt("per_principal"), rs.getInt("per_address"), true)).optional();
    return own.orElseGet(() -> new Limits(defaults.perPrincipal(), defaults.perAddress(), false));
  }

  private static int valid(String field, Integer value) {
    if (value == null || value < 1 || value > MAX) {
      throw new InvalidFieldException(field, "range",
          "The field '" + field + "' must be a whole number of requests per minute from 1 to " + MAX + ".");
    }
    return value;
  }
}
