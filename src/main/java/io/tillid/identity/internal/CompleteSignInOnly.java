package io.tillid.identity.internal;

import io.tillid.platform.PermissionChecker;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationConsentAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Lets only a complete web sign-in (every factor proven) authorize an application: the
 * authorization endpoint would take any authenticated principal, a password-only pending MFA
 * sign-in included. A request from anyone else is handed on as anonymous (an authorization
 * request, which then goes to sign-in or to the second factor) or not at all (a consent). A consent
 * counts only for the scopes the user holds now (whatever the form sent).
 */
final class CompleteSignInOnly implements AuthenticationConverter {

  private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("anonymous", "anonymousUser",
      AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

  private final AuthenticationConverter delegate;
  private final PermissionChecker permissions;

  CompleteSignInOnly(AuthenticationConverter delegate, PermissionChecker permissions) {
    this.delegate = delegate;
    this.permissions = permissions;
  }

  @Override
  public Authentication convert(HttpServletRequest request) {
    Authentication converted = delegate.convert(request);
    if (converted instanceof OAuth2AuthorizationCodeRequestAuthenticationToken asked
        && complete(asked.getPrincipal()).isEmpty()) {
      return new OAuth2AuthorizationCodeRequestAuthenticationToken(asked.getAuthorizationUri(), asked.getClientId(),
          ANONYMOUS, asked.getRedirectUri(), asked.getState(), asked.getScopes(), asked.getAdditionalParameters());
    }
    if (converted instanceof OAuth2AuthorizationConsentAuthenticationToken consent) {
      Optional<SignedInPrincipal> user = complete(consent.getPrincipal());
      if (user.isEmpty()) {
        return null;
      }
      // Spring authorizes the scopes the form names: only those the user holds now count
      Set<String> held = permissions.permissionsOf(user.get());
      Set<String> scopes = new HashSet<>(consent.getScopes());
      scopes.retainAll(held);
      return new OAuth2AuthorizationConsentAuthenticationToken(consent.getAuthorizationUri(), consent.getClientId(),
          (Authentication) consent.getPrincipal(), consent.getState(), scopes, consent.getAdditionalParameters());
    }
    return converted;
  }

  /** The tenant's user behind a complete web sign-in, if that is who asks. */
  private static Optional<SignedInPrincipal> complete(Object principal) {
    if (principal instanceof Authentication authentication && authentication.isAuthenticated()
        && authentication.getPrincipal() instanceof SignedInPrincipal user
        && !user.tenantId().isPlatform() && SignInStage.has(authentication, SignInStage.COMPLETE)) {
      return Optional.of(user);
    }
    return Optional.empty();
  }
}
