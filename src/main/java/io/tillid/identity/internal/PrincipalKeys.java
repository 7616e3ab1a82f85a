package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The guard key (with its tenant) of a principal id: admins are the platform's, users their tenant's. */
@Component
class PrincipalKeys {

  private final JdbcClient jdbc;

  PrincipalKeys(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  GuardKey of(String principalId) {
    if (principalId.startsWith("admin:")) {
      return GuardKey.of(TenantId.PLATFORM, principalId);
    }
    if (!principalId.startsWith("user:")) {
      throw new IllegalArgumentException("not a principal id");
    }
    UUID user = UUID.fromString(principalId.substring("user:".length()));
    UUID tenant = jdbc.sql("select tenant_id from app_user where id = :id").param("id", user)
        .query(UUID.class).optional()
        .orElseThrow(() -> new IllegalArgumentException("no such user"));
    return GuardKey.of(new TenantId(tenant), principalId);
  }
}
