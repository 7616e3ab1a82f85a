package io.tillid.identity.internal;

import io.tillid.crypto.FieldCipher;
import io.tillid.crypto.EncryptedColumn;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * TOTP secrets by (tenant, principal); the last accepted step makes each code usable once. The
 * secret is stored encrypted under the tenant's data key (platform staff: the platform realm's) in
 * {@code secret_enc}, bound to the row's id; being a declared {@link EncryptedColumn}, it is
 * re-encrypted by a data key rotation. A secret an earlier version stored in clear is still read,
 * and encrypted at its next accepted code.
 */
@Repository
class TotpStore {

  /** The encrypted column, for data key rotations. */
  static final EncryptedColumn SECRET = new EncryptedColumn("mfa_totp", "secret_enc");

  /** A stored secret; toString masks it. */
  record StoredTotp(String secret, long lastStep) {
    @Override
    public String toString() {
      return "StoredTotp[lastStep=" + lastStep + "]";
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;
  private final FieldCipher cipher;

  TotpStore(JdbcClient jdbc, Clock clock, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.cipher = cipher;
  }

  Optional<StoredTotp> find(SignedInPrincipal principal) {
    return jdbc.sql("select id, secret, secret_enc, last_step from mfa_totp where tenant_id = ? and principal_id = ?")
        .params(principal.tenantId().value(), principal.principalId())
        .query((rs, n) -> {
          byte[] sealed = rs.getBytes("secret_enc");
          String secret = sealed == null ? rs.getString("secret")
              : cipher.decrypt(principal.tenantId(), SECRET.field(rs.getObject("id", UUID.class)), sealed);
          return new StoredTotp(secret, rs.getLong("last_step"));
        })
        .optional();
  }

  void save(SignedInPrincipal principal, String secret, long acceptedStep) {
    delete(principal);
    UUID id = UUID.randomUUID();
    jdbc.sql("""
        insert into mfa_totp (tenant_id, principal_id, id, secret_enc, last_step, enrolled_at)
        values (?, ?, ?, ?, ?, ?)""")
        .params(principal.tenantId().value(), principal.principalId(), id,
            cipher.encrypt(principal.tenantId(), SECRET.field(id), secret), acceptedStep, OffsetDateTime.now(clock))
        .update();
  }

  /** Moves the last step forward to {@code step}; false when it already is there or beyond (a replay). */
  boolean accept(SignedInPrincipal principal, long step) {
    boolean accepted = jdbc.sql("update mfa_totp set last_step = ? where tenant_id = ? and principal_id = ? and last_step < ?")
        .params(step, principal.tenantId().value(), principal.principalId(), step)
        .update() == 1;
    if (accepted) {
      sealClearSecret(principal);
    }
    return accepted;
  }

  private void sealClearSecret(SignedInPrincipal principal) {
    jdbc.sql("select secret from mfa_totp where tenant_id = ? and principal_id = ? and secret_enc is null")
        .params(principal.tenantId().value(), principal.principalId()).query(String.class).optional()
        .ifPresent(clear -> {
          UUID id = UUID.randomUUID();
          jdbc.sql("update mfa_totp set id = ?, secret_enc = ?, secret = null where tenant_id = ? and principal_id = ?")
              .params(id, cipher.encrypt(principal.tenantId(), SECRET.field(id), clear), principal.tenantId().value(),
                  principal.principalId())
              .update();
        });
  }

  boolean delete(SignedInPrincipal principal) {
    return jdbc.sql("delete from mfa_totp where tenant_id = ? and principal_id = ?")
        .params(principal.tenantId().value(), principal.principalId()).update() > 0;
  }
}
