package io.tillid.identity.internal;

import io.tillid.identity.UserRoles;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads users' roles from {@code app_user_role}; every query names the tenant. */
@Component
class JdbcUserRoles implements UserRoles {

  private static final String USER = "user:";

  private final UserRepository users;
  private final JdbcClient jdbc;

  JdbcUserRoles(UserRepository users, JdbcClient jdbc) {
    this.users = users;
    this.jdbc = jdbc;
  }

  @Override
  public Set<String> of(TenantPrincipal principal) {
    if (principal.tenantId().isPlatform()) {
      return Set.of();
    }
    return PrincipalIds.uuidAfter(USER, principal.principalId())
        .map(userId -> Set.copyOf(users.roles(principal.tenantId(), userId)))
        .orElse(Set.of());
  }

  @Override
  public int holders(TenantId tenant, String roleKey) {
    return jdbc.sql("select count(*) from app_user_role where tenant_id = ? and role = ?")
        .params(tenant.value(), roleKey).query(Integer.class).single();
  }

  @Override
  public int activeHoldersOfAny(TenantId tenant, Set<String> roleKeys) {
    if (roleKeys.isEmpty()) {
      return 0;
    }
    return jdbc.sql("""
            select count(distinct u.id) from app_user u
            join app_user_role r on r.tenant_id = u.tenant_id and r.user_id = u.id
            where u.tenant_id = :tenant and u.status = 'active' and r.role in (:roles)""")
        .param("tenant", tenant.value()).param("roles", roleKeys)
        .query(Integer.class).single();
  }
}
