package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists and looks up a tenant's users for administration; every query is scoped by tenant. */
@Repository
class UserDirectory {

  /** A user as an administrator sees them. The e-mail is shown to the admin, never logged. */
  record Entry(UUID id, String email, String name, String status, Set<String> roles) {
    @Override
    public String toString() {
      return "Entry[id=" + id + ", status=" + status + "]";
    }
  }

  private final JdbcClient jdbc;

  UserDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Entry> list(TenantId tenant) {
    Map<UUID, Set<String>> roles = new HashMap<>();
    jdbc.sql("select user_id, role from app_user_role where tenant_id = ?").params(tenant.value())
        .query(rs -> {
          roles.computeIfAbsent(rs.getObject("user_id", UUID.class), id -> new TreeSet<>()).add(rs.getString("role"));
        });
    return jdbc.sql("select id, email, display_name, status from app_user where tenant_id = ? "
            + "order by display_name, email")
        .params(tenant.value())
        .query((rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          return new Entry(id, rs.getString("email"), rs.getString("display_name"), rs.getString("status"),
              Set.copyOf(roles.getOrDefault(id, Set.of())));
        })
        .list();
  }

  Optional<Entry> find(TenantId tenant, UUID userId) {
    Set<String> roles = new TreeSet<>(jdbc.sql("select role from app_user_role where tenant_id = ? and user_id = ?")
        .params(tenant.value(), userId).query(String.class).list());
    return jdbc.sql("select id, email, display_name, status from app_user where tenant_id = ? and id = ?")
        .params(tenant.value(), userId)
        .query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getString("email"),
            rs.getString("display_name"), rs.getString("status"), Set.copyOf(roles)))
        .optional();
  }

  /**
   * Active users other than the given one holding any of the roles (those granting users.manage):
   * the last one may not be demoted or disabled.
   */
  int otherActiveAdministrators(TenantId tenant, UUID userId, Set<String> managingRoles) {
    if (managingRoles.isEmpty()) {
      return 0;
    }
    return jdbc.sql("""
            select count(distinct u.id) from app_user u
            join app_user_role r on r.tenant_id = u.tenant_id and r.user_id = u.id
            where u.tenant_id = :tenant and u.id <> :user and u.status = 'active' and r.role in (:roles)""")
        .param("tenant", tenant.value()).param("user", userId).param("roles", managingRoles)
        .query(Integer.class).single();
  }

  void setStatus(TenantId tenant, UUID userId, String status, java.time.OffsetDateTime now) {
    jdbc.sql("update app_user set status = ?, updated_at = ? where tenant_id = ? and id = ?")
        .params(status, now, tenant.value(), userId).update();
  }

}
