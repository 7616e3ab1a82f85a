package io.tillid.identity.internal;

import io.tillid.identity.internal.ImportSummary.Kind;
import io.tillid.identity.internal.ImportSummary.Outcome;
import io.tillid.platform.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Creates a tenant of the import file or brings its name up to date, matching it by slug. */
@Component
class TenantProvisioner {

  private final TenantRepository tenants;
  private final ImportAudit audit;

  TenantProvisioner(TenantRepository tenants, ImportAudit audit) {
    this.tenants = tenants;
    this.audit = audit;
  }

  TenantId provision(ImportFile.Tenant wanted, ImportSummary summary) {
    String name = wanted.name().strip();
    Optional<TenantRow> existing = tenants.findBySlug(wanted.slug());
    if (existing.isEmpty()) {
      TenantId id = TenantId.random();
      tenants.insert(new TenantRow(id, wanted.slug(), name));
      audit.created(id, "tenant", id.value());
      summary.count(Kind.TENANT, Outcome.CREATED);
      return id;
    }
    TenantId id = existing.get().id();
    if (existing.get().name().equals(name)) {
      summary.count(Kind.TENANT, Outcome.UNCHANGED);
    } else {
      tenants.rename(id, name);
      audit.updated(id, "tenant", id.value(), List.of("name"));
      summary.count(Kind.TENANT, Outcome.UPDATED);
    }
    return id;
  }
}
