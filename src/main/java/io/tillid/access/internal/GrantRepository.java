package io.tillid.access.internal;

import io.tillid.access.GrantDimension;
import io.tillid.access.Grants;
import io.tillid.platform.TenantId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Principals' attribute grants in {@code access_grant}; every call names the tenant. */
@Repository
class GrantRepository {

  private final JdbcClient jdbc;

  GrantRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Grants of(TenantId tenant, String principalId) {
    Map<GrantDimension, Set<String>> values = new EnumMap<>(GrantDimension.class);
    jdbc.sql("select dimension, grant_value from access_grant where tenant_id = ? and principal_id = ?")
        .params(tenant.value(), principalId)
        .query(rs -> {
          GrantDimension dimension = GrantDimension.valueOf(rs.getString("dimension").toUpperCase(Locale.ROOT));
          values.computeIfAbsent(dimension, d -> new HashSet<>()).add(rs.getString("grant_value"));
        });
    return Grants.of(values);
  }

  void replace(TenantId tenant, String principalId, Grants grants) {
    jdbc.sql("delete from access_grant where tenant_id = ? and principal_id = ?")
        .params(tenant.value(), principalId).update();
    for (GrantDimension dimension : GrantDimension.values()) {
      for (String value : grants.in(dimension)) {
        jdbc.sql("insert into access_grant (tenant_id, principal_id, dimension, grant_value) values (?, ?, ?, ?)")
            .params(tenant.value(), principalId, dimension.column(), value).update();
      }
    }
  }
}
