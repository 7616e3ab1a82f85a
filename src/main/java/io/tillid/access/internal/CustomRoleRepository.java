package io.tillid.access.internal;

import io.tillid.platform.TenantId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A tenant's custom roles; every call names the tenant. */
@Repository
class CustomRoleRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  CustomRoleRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  List<CustomRole> list(TenantId tenant) {
    Map<UUID, Set<String>> permissions = new HashMap<>();
    jdbc.sql("select role_id, permission from access_role_permission where tenant_id = ?").params(tenant.value())
        .query(rs -> {
          permissions.computeIfAbsent(rs.getObject("role_id", UUID.class), id -> new TreeSet<>())
              .add(rs.getString("permission"));
        });
    return jdbc.sql("select id, name from access_role where tenant_id = ? order by name")
        .params(tenant.value())
        .query((rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          return new CustomRole(id, rs.getString("name"), permissions.getOrDefault(id, Set.of()));
        })
        .list();
  }

  Optional<CustomRole> find(TenantId tenant, UUID id) {
    Set<String> permissions = permissionsOf(tenant, Set.of(id));
    return jdbc.sql("select id, name from access_role where tenant_id = ? and id = ?")
        .params(tenant.value(), id)
        .query((rs, n) -> new CustomRole(rs.getObject("id", UUID.class), rs.getString("name"), permissions))
        .optional();
  }

  /** The union of the roles' permissions. */
  Set<String> permissionsOf(TenantId tenant, Set<UUID> roleIds) {
    if (roleIds.isEmpty()) {
      return Set.of();
    }
    return new TreeSet<>(jdbc.sql("select permission from access_role_permission "
            + "where tenant_id = :tenant and role_id in (:roles)")
        .param("tenant", tenant.value()).param("roles", roleIds).query(String.class).list());
  }

  /** Ids of the tenant's custom roles granting the permission. */
  List<UUID> granting(TenantId tenant, String permission) {
    return new ArrayList<>(jdbc.sql("select role_id from access_role_permission where tenant_id = ? and permission = ?")
        .params(tenant.value(), permission).query(UUID.class).list());
  }

  boolean nameTaken(TenantId tenant, String name, UUID except) {
    return jdbc.sql("select count(*) from access_role where tenant_id = ? and lower(name) = lower(?) and id <> ?")
        .params(tenant.value(), name, except).query(Integer.class).single() > 0;
  }

  void insert(TenantId tenant, CustomRole role) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("insert into access_role (tenant_id, id, name, created_at, updated_at) values (?, ?, ?, ?, ?)")
        .params(tenant.value(), role.id(), role.name(), now, now).update();
    insertPermissions(tenant, role);
  }

  void update(TenantId tenant, CustomRole role) {
    jdbc.sql("update access_role set name = ?, updated_at = ? where tenant_id = ? and id = ?")
        .params(role.name(), OffsetDateTime.now(clock), tenant.value(), role.id()).update();
    jdbc.sql("delete from access_role_permission where tenant_id = ? and role_id = ?")
        .params(tenant.value(), role.id()).update();
    insertPermissions(tenant, role);
  }

  void delete(TenantId tenant, UUID id) {
    jdbc.sql("delete from access_role where tenant_id = ? and id = ?").params(tenant.value(), id).update();
  }

  private void insertPermissions(TenantId tenant, CustomRole role) {
    for (String permission : role.permissions()) {
      jdbc.sql("insert into access_role_permission (tenant_id, role_id, permission) values (?, ?, ?)")
          .params(tenant.value(), role.id(), permission).update();
    }
  }
}
