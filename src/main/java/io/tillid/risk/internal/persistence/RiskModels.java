package io.tillid.risk.internal.persistence;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.TenantId;
import io.tillid.risk.internal.model.ModelChange;
import io.tillid.risk.internal.model.Parameter;
import io.tillid.risk.internal.model.RiskModel;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's current risk model, and changing it: a change is checked whole, then stored as the
 * next version and audited ({@code risk.model.changed} with the changed parameters); nothing is
 * stored when a field is refused or nothing changed. Callers run in the tenant's scope.
 */
@Component
public class RiskModels {

  private final RiskModelRepository versions;
  private final AuditTrail audit;
  private final Clock clock;

  RiskModels(RiskModelRepository versions, AuditTrail audit, Clock clock) {
    this.versions = versions;
    this.audit = audit;
    this.clock = clock;
  }

  /** The tenant's newest version, or the shipped default (version 1). */
  public RiskModel current(TenantId tenant) {
    return versions.newest(tenant).orElse(RiskModel.DEFAULT);
  }

  /**
   * Stores the typed values as the next version of the model the administrator saw
   * ({@code baseVersion}); refuses with field {@code version} when someone changed it meanwhile.
   * Returns the current model afterwards (unchanged when nothing differed).
   */
  @Transactional
  public RiskModel change(TenantId tenant, String actor, int baseVersion, Map<String, String> typed) {
    RiskModel current = current(tenant);
    if (current.version() != baseVersion) {
      throw stale();
    }
    RiskModel next = ModelChange.parse(current, typed);
    if (next.sameRulesAs(current)) {
      return current;
    }
    versions.insert(tenant, next, actor, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    audit.record(new AuditEvent(tenant, actor, "risk.model.changed", "risk_model", Integer.toString(next.version()),
        changes(current, next)));
    return next;
  }

  /** The refusal when the model changed since the administrator loaded it. */
  public static InvalidFieldException stale() {
    return new InvalidFieldException("version", "stale",
        "The risk model was changed meanwhile; reload it and apply the change again.");
  }

  private static Map<String, String> changes(RiskModel before, RiskModel after) {
    Map<String, String> changed = new TreeMap<>();
    for (Parameter p : Parameter.values()) {
      if (before.value(p) != after.value(p)) {
        changed.put(p.key(), p.format(before.value(p)) + " -> " + p.format(after.value(p)));
      }
    }
    if (!before.highRiskIndustries().equals(after.highRiskIndustries())) {
      changed.put(ModelChange.INDUSTRIES, String.join(",", new java.util.TreeSet<>(after.highRiskIndustries())));
    }
    changed.put("previousVersion", Integer.toString(before.version()));
    return changed;
  }
}
