package io.tillid.identity.internal;

import java.util.function.Consumer;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;

/**
 * Checks an authorization request beyond Spring's own checks (grant type, PKCE S256 only, prompt):
 * the redirect URI matches a registered one exactly, the scopes are the application's, and the
 * signed-in user belongs to the application's tenant (anyone else is refused {@code access_denied}).
 */
final class AuthorizationRequestCheck implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

  private final Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> spring =
      OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_REDIRECT_URI_VALIDATOR
          .andThen(OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR);

  @Override
  public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
    spring.accept(context);
    OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
    if (request.getPrincipal() instanceof Authentication user && user.getPrincipal() instanceof SignedInPrincipal who
        && !who.tenantId().equals(ClientRegistrations.tenantOf(context.getRegisteredClient()))) {
      throw new OAuth2AuthorizationCodeRequestAuthenticationException(
          new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED, "The application belongs to another organisation.", null),
          request);
    }
  }
}
