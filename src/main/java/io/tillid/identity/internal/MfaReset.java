package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's reset of a user's MFA: TOTP secret, recovery codes and passkeys all go, so the
 * user enrols anew (at once, when MFA is required). For the tenant's user administration.
 */
@Component
public class MfaReset {

  private final TotpStore totp;
  private final RecoveryCodeStore recovery;
  private final Passkeys passkeys;
  private final MfaAudit audit;

  MfaReset(TotpStore totp, RecoveryCodeStore recovery, Passkeys passkeys, MfaAudit audit) {
    this.totp = totp;
    this.recovery = recovery;
    this.passkeys = passkeys;
    this.audit = audit;
  }

  @Transactional
  public void reset(TenantId tenant, UUID userId, String actorPrincipalId) {
    SignedInPrincipal user = SignedInPrincipal.user(tenant, userId);
    boolean hadTotp = totp.delete(user);
    boolean hadCodes = recovery.delete(user);
    boolean hadPasskeys = passkeys.removeAll(user);
    audit.record(actorPrincipalId, "mfa.reset", user, Map.of("totp", String.valueOf(hadTotp),
        "recoveryCodes", String.valueOf(hadCodes), "passkeys", String.valueOf(hadPasskeys)));
  }
}
