package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2TokenRevocationAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * A revocation request was handled: RFC 7009 answers 200 whether or not the token was known; the
 * audit trail records it when a token of the asking client is now revoked.
 */
final class TokenRevoked implements AuthenticationSuccessHandler {

  private final OAuthAudit audit;
  private final AccessTokenRepository tokens;

  TokenRevoked(OAuthAudit audit, AccessTokenRepository tokens) {
    this.audit = audit;
    this.tokens = tokens;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) {
    RegisteredClient registered = authentication instanceof OAuth2TokenRevocationAuthenticationToken revocation
        && revocation.getPrincipal() instanceof OAuth2ClientAuthenticationToken client ? client.getRegisteredClient() : null;
    if (registered != null) {
      OAuth2TokenRevocationAuthenticationToken revocation = (OAuth2TokenRevocationAuthenticationToken) authentication;
      TenantId tenant = ClientRegistrations.tenantOf(registered);
      TenantScope.call(tenant, () -> tokens.findByHash(tenant, OAuthTokenStore.hash(revocation.getToken())))
          .filter(token -> token.revokedAt() != null && token.clientId().equals(registered.getClientId()))
          .ifPresent(token -> audit.revoked(registered, token.id()));
    }
    response.setStatus(HttpServletResponse.SC_OK);
  }
}
