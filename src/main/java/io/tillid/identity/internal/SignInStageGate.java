package io.tillid.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * After a correct password: complete sign-in for a principal who needs no second factor; otherwise
 * a pending authentication without roles that opens only the second step or the enrolment.
 */
@Component
class SignInStageGate {

  private final MfaStatus status;
  private final Clock clock;

  SignInStageGate(MfaStatus status, Clock clock) {
    this.status = status;
    this.clock = clock;
  }

  Authentication afterPassword(UsernamePasswordAuthenticationToken signedIn) {
    SignedInPrincipal principal = SignInStage.principal(signedIn);
    GrantedAuthority password = SignInStage.factor(FactorGrantedAuthority.PASSWORD_AUTHORITY, clock.instant());
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(password);
    boolean enrolled = status.enrolled(principal);
    if (enrolled || status.required(principal)) {
      authorities.add(new SimpleGrantedAuthority(enrolled ? SignInStage.SECOND_FACTOR : SignInStage.ENROL));
    } else {
      authorities.addAll(signedIn.getAuthorities());
      authorities.add(new SimpleGrantedAuthority(SignInStage.COMPLETE));
    }
    UsernamePasswordAuthenticationToken gated =
        UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    gated.setDetails(signedIn.getDetails());
    return gated;
  }
}
