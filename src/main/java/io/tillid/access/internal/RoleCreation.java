package io.tillid.access.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.BadInputException;
import io.tillid.platform.TenantId;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A tenant administrator defines a role from the permission catalogue; audited as role.created. */
@Component
class RoleCreation {

  private final CustomRoleRepository roles;
  private final AuditTrail audit;

  RoleCreation(CustomRoleRepository roles, AuditTrail audit) {
    this.roles = roles;
    this.audit = audit;
  }

  @Transactional
  public CustomRole create(TenantId tenant, RoleInput input, String actor) {
    UUID id = UUID.randomUUID();
    if (roles.nameTaken(tenant, input.name(), id)) {
      throw new BadInputException("roles.error.nameTaken");
    }
    CustomRole role = new CustomRole(id, input.name(), input.permissions());
    roles.insert(tenant, role);
    audit.record(new AuditEvent(tenant, actor, "role.created", "role", role.key(),
        Map.of("permissions", RoleAudit.permissions(role.permissions()))));
    return role;
  }
}
