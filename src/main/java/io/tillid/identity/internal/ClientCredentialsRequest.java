package io.tillid.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads a client credentials token request; one that asks for no scope gets all of the client's
 * scopes (RFC 6749 section 3.3 lets the server choose a default). A request for scopes the client
 * does not hold is refused later with {@code invalid_scope}.
 */
final class ClientCredentialsRequest implements AuthenticationConverter {

  private final AuthenticationConverter delegate = new OAuth2ClientCredentialsAuthenticationConverter();

  @Override
  public Authentication convert(HttpServletRequest request) {
    Authentication converted = delegate.convert(request);
    if (converted instanceof OAuth2ClientCredentialsAuthenticationToken asked && asked.getScopes().isEmpty()
        && asked.getPrincipal() instanceof OAuth2ClientAuthenticationToken client) {
      RegisteredClient registered = client.getRegisteredClient();
      if (registered != null) {
        return new OAuth2ClientCredentialsAuthenticationToken(client, registered.getScopes(),
            asked.getAdditionalParameters());
      }
    }
    return converted;
  }
}
