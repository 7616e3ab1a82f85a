package io.tillid.access.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.identity.UserRoles;
import io.tillid.platform.BadInputException;
import io.tillid.platform.Permissions;
import io.tillid.platform.RoleCatalog;
import io.tillid.platform.TenantId;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renames a custom role or changes its permissions, effective at its holders' next request.
 * Refused when it would leave no active user who may manage users. Audited as role.changed.
 */
@Component
class RoleChange {

  private final CustomRoleRepository roles;
  private final RoleCatalog catalog;
  private final UserRoles userRoles;
  private final AuditTrail audit;

  RoleChange(CustomRoleRepository roles, RoleCatalog catalog, UserRoles userRoles, AuditTrail audit) {
    this.roles = roles;
    this.catalog = catalog;
    this.userRoles = userRoles;
    this.audit = audit;
  }

  @Transactional
  public void change(TenantId tenant, UUID id, RoleInput input, String actor) {
    CustomRole before = roles.find(tenant, id).orElseThrow(RoleNotFound::new);
    if (roles.nameTaken(tenant, input.name(), id)) {
      throw new BadInputException("roles.error.nameTaken");
    }
    if (before.permissions().contains(Permissions.USERS_MANAGE) && !input.permissions().contains(Permissions.USERS_MANAGE)) {
      Set<String> others = new TreeSet<>(catalog.rolesGranting(tenant, Permissions.USERS_MANAGE));
      others.remove(before.key());
      if (userRoles.activeHoldersOfAny(tenant, others) == 0) {
        throw new BadInputException("admin.error.lastAdministrator");
      }
    }
    CustomRole after = new CustomRole(id, input.name(), input.permissions());
    if (after.equals(before)) {
      return;
    }
    roles.update(tenant, after);
    audit.record(new AuditEvent(tenant, actor, "role.changed", "role", after.key(),
        Map.of("permissions", RoleAudit.permissions(after.permissions()),
            "renamed", Boolean.toString(!after.name().equals(before.name())))));
  }
}
