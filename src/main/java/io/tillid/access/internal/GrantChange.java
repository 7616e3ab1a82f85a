package io.tillid.access.internal;

import io.tillid.access.GrantDimension;
import io.tillid.access.Grants;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.identity.TenantUsers;
import io.tillid.platform.TenantId;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sets a user's attribute grants; audited as grants.changed with dimensions and values only. */
@Component
class GrantChange {

  private final GrantRepository grants;
  private final TenantUsers users;
  private final AuditTrail audit;

  GrantChange(GrantRepository grants, TenantUsers users, AuditTrail audit) {
    this.grants = grants;
    this.users = users;
    this.audit = audit;
  }

  @Transactional
  public void set(TenantId tenant, UUID userId, Grants wanted, String actor) {
    String principalId = GrantAdminController.principalOf(userId);
    if (!users.exists(tenant, userId)) {
      throw new GrantAdminController.UserNotFound();
    }
    if (grants.of(tenant, principalId).byDimension().equals(wanted.byDimension())) {
      return;
    }
    grants.replace(tenant, principalId, wanted);
    Map<String, String> details = new TreeMap<>();
    wanted.byDimension().forEach((dimension, values) -> details.put(dimension.column(), GrantInput.text(values)));
    audit.record(new AuditEvent(tenant, actor, "grants.changed", "user", userId.toString(), details));
  }

  /** The user's grants now; a user of another tenant or none is not found. */
  @Transactional(readOnly = true)
  public Grants of(TenantId tenant, UUID userId) {
    if (!users.exists(tenant, userId)) {
      throw new GrantAdminController.UserNotFound();
    }
    return grants.of(tenant, GrantAdminController.principalOf(userId));
  }

  static String valuesOf(Grants grants, GrantDimension dimension) {
    return GrantInput.text(grants.in(dimension));
  }
}
