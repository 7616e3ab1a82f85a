package io.tillid.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Turns a pending sign-in into a complete one once the second factor is proven: the roles as they
 * are now, both factors, a new session id (fixation), and the context saved in the session.
 */
@Component
class SignInCompletion {

  private final PrincipalRoles roles;
  private final Clock clock;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  SignInCompletion(PrincipalRoles roles, Clock clock) {
    this.roles = roles;
    this.clock = clock;
  }

  void complete(Authentication pending, String factor, HttpServletRequest request, HttpServletResponse response) {
    SignedInPrincipal principal = SignInStage.principal(pending);
    List<GrantedAuthority> authorities = new ArrayList<>();
    pending.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance).forEach(authorities::add);
    authorities.add(SignInStage.factor(factor, clock.instant()));
    roles.of(principal).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
    authorities.add(new SimpleGrantedAuthority(SignInStage.COMPLETE));
    UsernamePasswordAuthenticationToken complete =
        UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    complete.setDetails(pending.getDetails());
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(complete);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }
}
