package io.tillid.identity.internal;

import io.tillid.identity.TenantUsers;
import io.tillid.platform.TenantId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Looks users up in {@code app_user}; every query names the tenant. */
@Component
class JdbcTenantUsers implements TenantUsers {

  private final JdbcClient jdbc;

  JdbcTenantUsers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean exists(TenantId tenant, UUID userId) {
    return jdbc.sql("select count(*) from app_user where tenant_id = ? and id = ?")
        .params(tenant.value(), userId).query(Integer.class).single() > 0;
  }
}
