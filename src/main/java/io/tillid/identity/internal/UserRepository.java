package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A tenant's users; every call names the tenant. */
@Repository
class UserRepository {

  /** A stored user; toString masks the e-mail address, name and hash. */
  record StoredUser(UUID id, String email, String displayName, String passwordHash, String status, Set<String> roles) {
    @Override
    public String toString() {
      return "StoredUser[id=" + id + "]";
    }
  }

  static final String ACTIVE = "active";

  private final JdbcClient jdbc;
  private final Clock clock;

  UserRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<StoredUser> find(TenantId tenant, String email) {
    return jdbc.sql("select id, email, display_name, password_hash, status from app_user "
            + "where tenant_id = ? and email = ?")
        .params(tenant.value(), email)
        .query((rs, n) -> new StoredUser(rs.getObject("id", UUID.class), rs.getString("email"),
            rs.getString("display_name"), rs.getString("password_hash"), rs.getString("status"), Set.of()))
        .optional()
        .map(user -> new StoredUser(user.id(), user.email(), user.displayName(), user.passwordHash(),
            user.status(), roles(tenant, user.id())));
  }

  Set<String> roles(TenantId tenant, UUID userId) {
    return new TreeSet<>(jdbc.sql("select role from app_user_role where tenant_id = ? and user_id = ?")
        .params(tenant.value(), userId).query(String.class).list());
  }

  void insert(TenantId tenant, StoredUser user) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("insert into app_user (tenant_id, id, email, display_name, password_hash, status, created_at, "
            + "updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(tenant.value(), user.id(), user.email(), user.displayName(), user.passwordHash(), user.status(),
            now, now)
        .update();
    replaceRoles(tenant, user.id(), user.roles());
  }

  void update(TenantId tenant, StoredUser user) {
    jdbc.sql("update app_user set display_name = ?, password_hash = ?, updated_at = ? where tenant_id = ? and id = ?")
        .params(user.displayName(), user.passwordHash(), OffsetDateTime.now(clock), tenant.value(), user.id())
        .update();
    replaceRoles(tenant, user.id(), user.roles());
  }

  void setRoles(TenantId tenant, UUID userId, Set<String> roles) {
    replaceRoles(tenant, userId, roles);
    jdbc.sql("update app_user set updated_at = ? where tenant_id = ? and id = ?")
        .params(OffsetDateTime.now(clock), tenant.value(), userId).update();
  }

  private void replaceRoles(TenantId tenant, UUID userId, Set<String> roles) {
    jdbc.sql("delete from app_user_role where tenant_id = ? and user_id = ?").params(tenant.value(), userId).update();
    for (String role : roles) {
      jdbc.sql("insert into app_user_role (tenant_id, user_id, role) values (?, ?, ?)")
          .params(tenant.value(), userId, role).update();
    }
  }
}
