package io.tillid.identity.internal;

import me.gosimple.nbvcxz.Nbvcxz;
import org.springframework.stereotype.Component;

/**
 * The strength meter's verdict while a person types: nbvcxz's score (0 to 4) and the policy's
 * decision. Input over 512 characters is refused before any estimate is made.
 */
@Component
class PasswordStrength {

  static final int MAX_INPUT = 512;

  /** What the meter shows. */
  record Verdict(int score, PasswordDecision decision) {}

  private final Nbvcxz estimator = new Nbvcxz();
  private final PasswordPolicy policy;

  PasswordStrength(PasswordPolicy policy) {
    this.policy = policy;
  }

  Verdict of(String password, PasswordSubject subject) {
    String candidate = password == null ? "" : password;
    if (candidate.length() > MAX_INPUT) {
      return new Verdict(0, new PasswordDecision(PasswordDecision.TOO_LONG, PasswordPolicy.MAX_LENGTH));
    }
    PasswordDecision decision = policy.check(candidate, subject);
    int score = candidate.isEmpty() ? 0 : estimator.estimate(candidate).getBasicScore();
    // a password the policy refuses never looks strong
    return new Verdict(decision.accepted() ? score : Math.min(score, 1), decision);
  }
}
