package io.tillid.platform.web;

import io.tillid.platform.TenantPrincipal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code idempotency_record} rows of the current tenant scope, each statement committed at once. */
final class IdempotencyStore {

  /** How long a key's answer is kept and given again. */
  static final Duration KEPT = Duration.ofHours(24);

  private final JdbcClient jdbc;

  IdempotencyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored answer; status 0 while the first request with the key is still running. */
  record Stored(String requestHash, int status, String contentType, String location, byte[] body) {}

  /** Claims the key for this request; empty when claimed, the earlier record otherwise. */
  Optional<Stored> claim(TenantPrincipal principal, String key, String requestHash) {
    jdbc.sql("delete from idempotency_record where tenant_id = ? and principal_id = ? and idem_key = ? and created_at < ?")
        .params(principal.tenantId().value(), principal.principalId(), key, Timestamp.from(Instant.now().minus(KEPT)))
        .update();
    try {
      jdbc.sql("""
          insert into idempotency_record (tenant_id, principal_id, idem_key, request_hash, status, created_at)
          values (?, ?, ?, ?, 0, ?)""")
          .params(principal.tenantId().value(), principal.principalId(), key, requestHash, Timestamp.from(Instant.now()))
          .update();
      return Optional.empty();
    } catch (DuplicateKeyException taken) {
      return jdbc.sql("""
          select request_hash, status, content_type, location, body from idempotency_record
          where tenant_id = ? and principal_id = ? and idem_key = ?""")
          .params(principal.tenantId().value(), principal.principalId(), key)
          .query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBytes(5)))
          .optional();
    }
  }

  void complete(TenantPrincipal principal, String key, int status, String contentType, String location, byte[] body) {
    jdbc.sql("""
        update idempotency_record set status = ?, content_type = ?, location = ?, body = ?
        where tenant_id = ? and principal_id = ? and idem_key = ?""")
        .params(status, contentType, location, body, principal.tenantId().value(), principal.principalId(), key)
        .update();
  }

  /** Forgets a claim whose request failed on the server, so a retry runs again. */
  void release(TenantPrincipal principal, String key) {
    jdbc.sql("delete from idempotency_record where tenant_id = ? and principal_id = ? and idem_key = ?")
        .params(principal.tenantId().value(), principal.principalId(), key).update();
  }
}
