package io.tillid.identity.internal;

import io.tillid.crypto.FieldCipher;
import io.tillid.crypto.FieldContext;
import java.util.Base64;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * TOTP secrets by (tenant, principal); the last accepted step makes each code usable once. The
 * secret is stored encrypted under the tenant's key (platform staff: the platform realm's key),
 * bound to the principal's row, as {@code enc1:} followed by the Base64 ciphertext. A secret stored
 * in clear by an earlier version is still read, and encrypted at its next accepted code.
 */
@Repository
class TotpStore {

  /** A stored secret; toString masks it. */
  record StoredTotp(String secret, long lastStep) {
    @Override
    public String toString() {
      return "StoredTotp[lastStep=" + lastStep + "]";
    }
  }

  private static final String ENCRYPTED = "enc1:";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final FieldCipher cipher;

  TotpStore(JdbcClient jdbc, Clock clock, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.cipher = cipher;
  }

  private static FieldContext place(SignedInPrincipal principal) {
    return new FieldContext("mfa_totp", "secret", principal.principalId());
  }

  private String seal(SignedInPrincipal principal, String secret) {
    return ENCRYPTED + Base64.getEncoder().encodeToString(cipher.encrypt(principal.tenantId(), place(principal), secret));
  }

  private String open(SignedInPrincipal principal, String stored) {
    if (!stored.startsWith(ENCRYPTED)) {
      return stored; // written in clear before secrets were encrypted; sealed at the next accepted code
    }
    return cipher.decrypt(principal.tenantId(), place(principal),
        Base64.getDecoder().decode(stored.substring(ENCRYPTED.length())));
  }

  Optional<StoredTotp> find(SignedInPrincipal principal) {
    return jdbc.sql("select secret, last_step from mfa_totp where tenant_id = ? and principal_id = ?")
        .params(principal.tenantId().value(), principal.principalId())
        .query((rs, n) -> new StoredTotp(rs.getString("secret"), rs.getLong("last_step")))
        .optional()
        .map(stored -> new StoredTotp(open(principal, stored.secret()), stored.lastStep()));
  }

  void save(SignedInPrincipal principal, String secret, long acceptedStep) {
    delete(principal);
    jdbc.sql("insert into mfa_totp (tenant_id, principal_id, secret, last_step, enrolled_at) values (?, ?, ?, ?, ?)")
        .params(principal.tenantId().value(), principal.principalId(), seal(principal, secret), acceptedStep,
            OffsetDateTime.now(clock))
        .update();
  }

  /** Moves the last step forward to {@code step}; false when it already is there or beyond (a replay). */
  boolean accept(SignedInPrincipal principal, long step) {
    boolean accepted = jdbc.sql("update mfa_totp set last_step = ? where tenant_id = ? and principal_id = ? and last_step < ?")
        .params(step, principal.tenantId().value(), principal.principalId(), step)
        .update() == 1;
    if (accepted) {
      sealLegacySecret(principal);
    }
    return accepted;
  }

  private void sealLegacySecret(SignedInPrincipal principal) {
    jdbc.sql("select secret from mfa_totp where tenant_id = ? and principal_id = ?")
        .params(principal.tenantId().value(), principal.principalId()).query(String.class).optional()
        .filter(stored -> !stored.startsWith(ENCRYPTED))
        .ifPresent(clear -> jdbc.sql("update mfa_totp set secret = ? where tenant_id = ? and principal_id = ?")
            .params(seal(principal, clear), principal.tenantId().value(), principal.principalId()).update());
  }

  boolean delete(SignedInPrincipal principal) {
    return jdbc.sql("delete from mfa_totp where tenant_id = ? and principal_id = ?")
        .params(principal.tenantId().value(), principal.principalId()).update() > 0;
  }
}
