package io.tillid.screening.internal.hits;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import io.tillid.screening.internal.matching.ScreeningDefaults;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Each tenant's matching threshold: the score from which a listed entry is a hit, for the screening
 * of its customers and for {@code POST /api/v1/screenings} without a threshold. Unset, the engine's
 * default applies. A change is audited.
 */
public final class Thresholds {

  /** Below this, screenings drown analysts in false positives (the API refuses it too). */
  public static final double MIN = 0.5;

  /** Where each tenant's threshold is kept. */
  public interface Store {

    OptionalDouble find(TenantId tenant);

    void save(TenantId tenant, double threshold, String by);
  }

  private final Store store;
  private final AuditTrail audit;

  public Thresholds(Store store, AuditTrail audit) {
    this.store = store;
    this.audit = audit;
  }

  public double of(TenantId tenant) {
    return store.find(tenant).orElse(ScreeningDefaults.THRESHOLD);
  }

  public double set(TenantPrincipal principal, Double threshold) {
    if (threshold == null) {
      throw new InvalidFieldException("threshold", "required", "The field 'threshold' is required.");
    }
    if (threshold.isNaN() || threshold < MIN || threshold > 1) {
      throw new InvalidFieldException("threshold", "range", "The field 'threshold' must be between " + MIN
          + " and 1.");
    }
    double rounded = Math.round(threshold * 10_000) / 10_000.0;
    double before = of(principal.tenantId());
    store.save(principal.tenantId(), rounded, principal.principalId());
    audit.record(new AuditEvent(principal.tenantId(), principal.principalId(), "screening.threshold.changed",
        "tenant", principal.tenantId().toString(), Map.of("from", format(before), "to", format(rounded))));
    return rounded;
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
