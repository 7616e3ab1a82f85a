package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.TenantId;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's "two-step sign-in for everyone" switch, changed by its administrators and audited. */
@Service
class TenantMfaSetting {

  private final JdbcClient jdbc;
  private final AuditTrail audit;

  TenantMfaSetting(JdbcClient jdbc, AuditTrail audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  boolean required(TenantId tenant) {
    return jdbc.sql("select require_mfa from tenant where id = ?").param(tenant.value())
        .query(Boolean.class).optional().orElse(false);
  }

  @Transactional
  public void require(TenantId tenant, boolean required, String actor) {
    if (required(tenant) == required) {
      return;
    }
    jdbc.sql("update tenant set require_mfa = ? where id = ?").params(required, tenant.value()).update();
    audit.record(new AuditEvent(tenant, actor, "tenant.mfa.required", "tenant", tenant.toString(),
        Map.of("required", Boolean.toString(required))));
  }
}
