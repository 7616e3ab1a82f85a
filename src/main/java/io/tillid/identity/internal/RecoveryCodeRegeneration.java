package io.tillid.identity.internal;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** New recovery codes for a principal with MFA; the old ones stop working. */
@Component
class RecoveryCodeRegeneration {

  private final MfaStatus status;
  private final RecoveryCodeStore recovery;
  private final MfaAudit audit;
  private final SecureRandom random;

  RecoveryCodeRegeneration(MfaStatus status, RecoveryCodeStore recovery, MfaAudit audit, SecureRandom random) {
    this.status = status;
    this.recovery = recovery;
    this.audit = audit;
    this.random = random;
  }

  @Transactional
  public Optional<List<String>> regenerate(SignedInPrincipal principal) {
    if (!status.enrolled(principal)) {
      return Optional.empty();
    }
    List<String> codes = RecoveryCodes.generate(random);
    recovery.replace(principal, codes);
    audit.record(principal, "mfa.recovery.regenerated", Map.of("recoveryCodes", String.valueOf(codes.size())));
    return Optional.of(codes);
  }
}
