package io.tillid.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether a principal has a second factor, and whether it must have one. */
@Component
class MfaStatus {

  private final TotpStore totp;
  private final Passkeys passkeys;
  private final JdbcClient jdbc;

  MfaStatus(TotpStore totp, Passkeys passkeys, JdbcClient jdbc) {
    this.totp = totp;
    this.passkeys = passkeys;
    this.jdbc = jdbc;
  }

  boolean enrolled(SignedInPrincipal principal) {
    return totp.find(principal).isPresent() || passkeys.any(principal);
  }

  /** Platform staff always; a tenant's users when their tenant requires MFA. */
  boolean required(SignedInPrincipal principal) {
    if (principal.tenantId().isPlatform()) {
      return true;
    }
    return jdbc.sql("select require_mfa from tenant where id = ?").param(principal.tenantId().value())
        .query(Boolean.class).optional().orElse(Boolean.TRUE);
  }
}
