package io.tillid.access.internal;

import io.tillid.access.GrantDimension;
import io.tillid.access.Grants;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.identity.TenantClients;
import io.tillid.identity.TenantUsers;
import io.tillid.platform.TenantId;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets the attribute grants of a user or an API client; audited as grants.changed with dimensions
 * and values only.
 */
@Component
class GrantChange {

  private final GrantRepository grants;
  private final TenantUsers users;
  private final TenantClients clients;
  private final AuditTrail audit;

  GrantChange(GrantRepository grants, TenantUsers users, TenantClients clients, AuditTrail audit) {
    this.grants = grants;
    this.users = users;
    this.clients = clients;
    this.audit = audit;
  }

  /** Sets the holder's grants; false when they already were these (nothing recorded). */
  @Transactional
  public boolean set(TenantId tenant, GrantHolder holder, UUID id, Grants wanted, String actor) {
    requireExisting(tenant, holder, id);
    String principalId = holder.principalOf(id);
    if (grants.of(tenant, principalId).byDimension().equals(wanted.byDimension())) {
      return false;
    }
    grants.replace(tenant, principalId, wanted);
    Map<String, String> details = new TreeMap<>();
    wanted.byDimension().forEach((dimension, values) -> details.put(dimension.column(), GrantInput.text(values)));
    audit.record(new AuditEvent(tenant, actor, "grants.changed", holder.type(), id.toString(), details));
    return true;
  }

  /** The holder's grants now; a user or client of another tenant, or none, is not found. */
  @Transactional(readOnly = true)
  public Grants of(TenantId tenant, GrantHolder holder, UUID id) {
    requireExisting(tenant, holder, id);
    return grants.of(tenant, holder.principalOf(id));
  }

  private void requireExisting(TenantId tenant, GrantHolder holder, UUID id) {
    boolean exists = holder == GrantHolder.CLIENT ? clients.exists(tenant, id) : users.exists(tenant, id);
    if (!exists) {
      throw new GrantAdminController.HolderNotFound();
    }
  }

  static String valuesOf(Grants grants, GrantDimension dimension) {
    return GrantInput.text(grants.in(dimension));
  }
}
