package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantRef;
import io.tillid.platform.TenantScope;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Finds the account a sign-in names: a tenant's user, or a platform admin under slug {@code platform}. */
@Component
class SignInAccounts {

  private final TenantRepository tenants;
  private final UserRepository users;
  private final AdminRepository admins;

  SignInAccounts(TenantRepository tenants, UserRepository users, AdminRepository admins) {
    this.tenants = tenants;
    this.users = users;
    this.admins = admins;
  }

  Optional<SignInAccount> find(String tenantSlug, String email) {
    if (TenantRef.PLATFORM.slug().equals(tenantSlug)) {
      return TenantScope.call(TenantId.PLATFORM, () -> admins.find(email))
          .map(admin -> new SignInAccount(SignedInPrincipal.admin(admin.id()), admin.passwordHash(), UserRepository.ACTIVE.equals(admin.status()), Set.of("platform_admin")));
    }
    // the tenant directory is readable in any scope; the user only in its tenant's
    return tenants.findBySlug(tenantSlug)
        .flatMap(tenant -> TenantScope.call(tenant.id(), () -> users.find(tenant.id(), email))
        .map(user -> new SignInAccount(SignedInPrincipal.user(tenant.id(), user.id()), user.passwordHash(),
            UserRepository.ACTIVE.equals(user.status()), user.roles())));
  }
}
