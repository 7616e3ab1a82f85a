package io.tillid.access.internal;

import io.tillid.identity.DelegatedPrincipal;
import io.tillid.identity.TenantClients;
import io.tillid.identity.UserRoles;
import io.tillid.platform.PermissionChecker;
import io.tillid.platform.Permissions;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.TenantScope;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A principal's permissions: the union of its current roles' permissions, read from the database
 * at most once per request, so that a role change or revocation counts from the next request on.
 * An API client holds exactly its current scopes that are permissions. Platform staff hold no
 * tenant permission. A delegated principal (an API key) holds its delegator's current permissions
 * that are among its scopes; an application acting for a user holds the user's permissions that the
 * user consented to, never more.
 */
@Component
class RolePermissionChecker implements PermissionChecker {

  private final UserRoles userRoles;
  private final CustomRoleRepository customRoles;
  private final TenantClients clients;

  RolePermissionChecker(UserRoles userRoles, CustomRoleRepository customRoles, TenantClients clients) {
    this.userRoles = userRoles;
    this.customRoles = customRoles;
    this.clients = clients;
  }

  @Override
  public Set<String> permissionsOf(TenantPrincipal principal) {
    if (principal.tenantId().isPlatform()) {
      return Set.of();
    }
    // a principal's roles live in its own tenant, whatever scope the caller is in
    Set<String> own = RequestCache.get("permissions/" + principal.tenantId() + "/" + principal.principalId(),
        () -> TenantScope.call(principal.tenantId(), () -> read(principal)));
    return principal.consentedScopes().map(consented -> {
      Set<String> both = new HashSet<>(own);
      both.retainAll(consented);
      return Collections.unmodifiableSet(both);
    }).orElse(own);
  }

  private Set<String> read(TenantPrincipal principal) {
    if (principal instanceof DelegatedPrincipal delegated) {
      Set<String> permissions = new HashSet<>(permissionsOf(delegated.delegator()));
      permissions.retainAll(delegated.scopes());
      return Collections.unmodifiableSet(permissions);
    }
    if (principal.principalId().startsWith(TenantClients.PRINCIPAL_PREFIX)) {
      Set<String> scopes = new HashSet<>(clients.scopesOf(principal));
      scopes.retainAll(Permissions.ALL);
      return Collections.unmodifiableSet(scopes);
    }
    Set<String> roles = userRoles.of(principal);
    Set<String> permissions = new HashSet<>();
    roles.forEach(role -> permissions.addAll(BuiltInRoles.PERMISSIONS.getOrDefault(role, Set.of())));
    permissions.addAll(customRoles.permissionsOf(principal.tenantId(), RoleKeys.customIds(roles)));
    return Collections.unmodifiableSet(permissions);
  }
}
