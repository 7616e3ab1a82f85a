package io.tillid.platform;

import java.util.Set;

/**
 * What a principal may do, as the access module decides it from the principal's roles (built-in
 * and tenant-defined) at the moment of asking: a role change takes effect at the next request.
 */
public interface PermissionChecker {

  Set<String> permissionsOf(TenantPrincipal principal);

  default boolean has(TenantPrincipal principal, String permission) {
    return permissionsOf(principal).contains(permission);
  }
}
