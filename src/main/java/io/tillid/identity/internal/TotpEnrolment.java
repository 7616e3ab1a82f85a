package io.tillid.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes TOTP enrolment once the user shows a valid code for the new secret; issues fresh
 * recovery codes, which are returned to be shown once.
 */
@Component
class TotpEnrolment {

  private final TotpStore totp;
  private final RecoveryCodeStore recovery;
  private final MfaAudit audit;
  private final SecureRandom random;
  private final Clock clock;

  TotpEnrolment(TotpStore totp, RecoveryCodeStore recovery, MfaAudit audit, SecureRandom random, Clock clock) {
    this.totp = totp;
    this.recovery = recovery;
    this.audit = audit;
    this.random = random;
    this.clock = clock;
  }

  @Transactional
  public Optional<List<String>> confirm(SignedInPrincipal principal, String secret, String code) {
    OptionalLong step = Totp.matchingStep(Base32.decode(secret), code, Totp.step(clock.instant()));
    if (step.isEmpty()) {
      return Optional.empty();
    }
    totp.save(principal, secret, step.getAsLong());
    List<String> codes = RecoveryCodes.generate(random);
    recovery.replace(principal, codes);
    audit.record(principal, "mfa.totp.enrolled", Map.of("recoveryCodes", String.valueOf(codes.size())));
    return Optional.of(codes);
  }
}
