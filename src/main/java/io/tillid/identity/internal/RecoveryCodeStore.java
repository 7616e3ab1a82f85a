package io.tillid.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hashes of a principal's recovery codes; a code is spent by a conditional update, so only once. */
@Repository
class RecoveryCodeStore {

  private final JdbcClient jdbc;
  private final Clock clock;

  RecoveryCodeStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void replace(SignedInPrincipal principal, List<String> codes) {
    delete(principal);
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (String code : codes) {
      jdbc.sql("insert into mfa_recovery_code (tenant_id, principal_id, code_hash, created_at) values (?, ?, ?, ?)")
          .params(principal.tenantId().value(), principal.principalId(), RecoveryCodes.hash(code), now)
          .update();
    }
  }

  boolean spend(SignedInPrincipal principal, String code) {
    return jdbc.sql("update mfa_recovery_code set used_at = ? where tenant_id = ? and principal_id = ? "
            + "and code_hash = ? and used_at is null")
        .params(OffsetDateTime.now(clock), principal.tenantId().value(), principal.principalId(),
            RecoveryCodes.hash(code))
        .update() == 1;
  }

  int remaining(SignedInPrincipal principal) {
    return jdbc.sql("select count(*) from mfa_recovery_code where tenant_id = ? and principal_id = ? and used_at is null")
        .params(principal.tenantId().value(), principal.principalId()).query(Integer.class).single();
  }

  boolean delete(SignedInPrincipal principal) {
    return jdbc.sql("delete from mfa_recovery_code where tenant_id = ? and principal_id = ?")
        .params(principal.tenantId().value(), principal.principalId()).update() > 0;
  }
}
