package io.tillid.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** TOTP secrets by (tenant, principal); the last accepted step makes each code usable once. */
@Repository
class TotpStore {

  /** A stored secret; toString masks it. */
  record StoredTotp(String secret, long lastStep) {
    @Override
    public String toString() {
      return "StoredTotp[lastStep=" + lastStep + "]";
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  TotpStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<StoredTotp> find(SignedInPrincipal principal) {
    return jdbc.sql("select secret, last_step from mfa_totp where tenant_id = ? and principal_id = ?")
        .params(principal.tenantId().value(), principal.principalId())
        .query((rs, n) -> new StoredTotp(rs.getString("secret"), rs.getLong("last_step")))
        .optional();
  }

  void save(SignedInPrincipal principal, String secret, long acceptedStep) {
    delete(principal);
    jdbc.sql("insert into mfa_totp (tenant_id, principal_id, secret, last_step, enrolled_at) values (?, ?, ?, ?, ?)")
        .params(principal.tenantId().value(), principal.principalId(), secret, acceptedStep, OffsetDateTime.now(clock))
        .update();
  }

  /** Moves the last step forward to {@code step}; false when it already is there or beyond (a replay). */
  boolean accept(SignedInPrincipal principal, long step) {
    return jdbc.sql("update mfa_totp set last_step = ? where tenant_id = ? and principal_id = ? and last_step < ?")
        .params(step, principal.tenantId().value(), principal.principalId(), step)
        .update() == 1;
  }

  boolean delete(SignedInPrincipal principal) {
    return jdbc.sql("delete from mfa_totp where tenant_id = ? and principal_id = ?")
        .params(principal.tenantId().value(), principal.principalId()).update() > 0;
  }
}
