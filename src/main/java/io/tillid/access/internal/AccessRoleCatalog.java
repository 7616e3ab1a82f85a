package io.tillid.access.internal;

import io.tillid.platform.RoleCatalog;
import io.tillid.platform.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** The built-in roles followed by the tenant's own, for choosers and checks in identity. */
@Component
class AccessRoleCatalog implements RoleCatalog {

  private final CustomRoleRepository customRoles;

  AccessRoleCatalog(CustomRoleRepository customRoles) {
    this.customRoles = customRoles;
  }

  @Override
  public List<Role> assignable(TenantId tenant) {
    List<Role> roles = new ArrayList<>();
    BuiltInRoles.PERMISSIONS.keySet().forEach(key -> roles.add(new Role(key, key, true)));
    customRoles.list(tenant).forEach(role -> roles.add(new Role(role.key(), role.name(), false)));
    return roles;
  }

  @Override
  public Set<String> rolesGranting(TenantId tenant, String permission) {
    Set<String> keys = new TreeSet<>();
    BuiltInRoles.PERMISSIONS.forEach((key, permissions) -> {
      if (permissions.contains(permission)) {
        keys.add(key);
      }
    });
    customRoles.granting(tenant, permission).forEach(id -> keys.add(CustomRole.KEY_PREFIX + id));
    return keys;
  }
}
