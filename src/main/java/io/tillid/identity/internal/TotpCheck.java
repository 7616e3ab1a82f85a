package io.tillid.identity.internal;

import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The second step by TOTP code: right code, and a time step later than the last one accepted. */
@Component
class TotpCheck {

  private final TotpStore totp;
  private final SecondStepOutcome outcome;
  private final Clock clock;

  TotpCheck(TotpStore totp, SecondStepOutcome outcome, Clock clock) {
    this.totp = totp;
    this.outcome = outcome;
    this.clock = clock;
  }

  @Transactional
  public boolean verify(SignedInPrincipal principal, String code) {
    if (!outcome.admitted(principal)) {
      return false;
    }
    OptionalLong step = totp.find(principal)
        .map(stored -> Totp.matchingStep(Base32.decode(stored.secret()), code, Totp.step(clock.instant())))
        .orElse(OptionalLong.empty());
    boolean accepted = step.isPresent() && totp.accept(principal, step.getAsLong());
    return outcome.record(principal, "totp", accepted);
  }
}
