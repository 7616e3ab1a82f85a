package io.tillid.access.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.identity.UserRoles;
import io.tillid.platform.BadInputException;
import io.tillid.platform.TenantId;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes a custom role no user holds (any status); audited as role.deleted. */
@Component
class RoleDeletion {

  private final CustomRoleRepository roles;
  private final UserRoles userRoles;
  private final AuditTrail audit;

  RoleDeletion(CustomRoleRepository roles, UserRoles userRoles, AuditTrail audit) {
    this.roles = roles;
    this.userRoles = userRoles;
    this.audit = audit;
  }

  @Transactional
  public void delete(TenantId tenant, UUID id, String actor) {
    CustomRole role = roles.find(tenant, id).orElseThrow(RoleNotFound::new);
    if (userRoles.holders(tenant, role.key()) > 0) {
      throw new BadInputException("roles.error.inUse");
    }
    roles.delete(tenant, id);
    audit.record(AuditEvent.of(tenant, actor, "role.deleted", "role", role.key()));
  }
}
