package io.tillid.identity.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * How far a web sign-in has come, as an authority of the session's authentication. Only
 * {@link #COMPLETE} opens the application; the two pending stages open only the MFA pages, and
 * carry no roles. Factors are Spring Security's {@link FactorGrantedAuthority} ({@code FACTOR_PASSWORD},
 * {@code FACTOR_WEBAUTHN}) plus {@link #TOTP_FACTOR} and {@link #RECOVERY_FACTOR}.
 */
final class SignInStage {

  static final String COMPLETE = "SIGNIN_COMPLETE";
  /** Password verified; a TOTP code, recovery code or passkey is still due. */
  static final String SECOND_FACTOR = "SIGNIN_SECOND_FACTOR";
  /** Password verified; MFA is required but not yet enrolled, so only enrolment is open. */
  static final String ENROL = "SIGNIN_ENROL";
  static final String TOTP_FACTOR = "FACTOR_TOTP";
  static final String RECOVERY_FACTOR = "FACTOR_RECOVERY_CODE";

  static final Duration SECOND_FACTOR_TIME = Duration.ofMinutes(5);
  static final Duration ENROL_TIME = Duration.ofMinutes(15);

  private SignInStage() {}

  static boolean has(Authentication authentication, String authority) {
    return authentication != null && authentication.getAuthorities().stream()
        .anyMatch(granted -> authority.equals(granted.getAuthority()));
  }

  /** Whether a pending stage has outlived its time, counted from the password factor. */
  static boolean expired(Authentication authentication, Instant now) {
    Duration limit = has(authentication, ENROL) ? ENROL_TIME : SECOND_FACTOR_TIME;
    return authentication.getAuthorities().stream()
        .filter(FactorGrantedAuthority.class::isInstance)
        .map(FactorGrantedAuthority.class::cast)
        .filter(factor -> FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(factor.getAuthority()))
        .findFirst()
        .map(password -> password.getIssuedAt().plus(limit).isBefore(now))
        .orElse(true);
  }

  /** The principal of a web sign-in; anything else here is a programming error. */
  static SignedInPrincipal principal(Authentication authentication) {
    if (authentication.getPrincipal() instanceof SignedInPrincipal principal) {
      return principal;
    }
    throw new IllegalStateException("not a web sign-in");
  }

  static GrantedAuthority factor(String authority, Instant at) {
    return FactorGrantedAuthority.withAuthority(authority).issuedAt(at).build();
  }
}
