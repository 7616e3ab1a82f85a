package io.tillid.identity.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What an access token says beyond the standard claims (iss, iat, exp, jti, scope): the subject is
 * the client as a principal ({@code client:UUID}), or for a token an application holds for a user
 * (authorization code, refresh token) the user ({@code user:UUID}), {@code tenant} its tenant's id, {@code client_id}
 * its OAuth client id. Signed with ES256 (the key id is added by the encoder).
 */
final class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

  @Override
  public void customize(JwtEncodingContext context) {
    if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
      return;
    }
    RegisteredClient client = context.getRegisteredClient();
    context.getJwsHeader().algorithm(SignatureAlgorithm.ES256);
    boolean forUser = AuthorizationGrantType.AUTHORIZATION_CODE.equals(context.getAuthorizationGrantType())
        || AuthorizationGrantType.REFRESH_TOKEN.equals(context.getAuthorizationGrantType());
    Authentication user = context.getPrincipal();
    if (forUser && user == null) {
      throw new IllegalStateException("an authorization code flow without its user");
    }
    context.getClaims()
        .subject(forUser ? user.getName() : OAuthTokenStore.SUBJECT_PREFIX + ClientRegistrations.idOf(client))
        .claim(OAuthTokenStore.TENANT_CLAIM, ClientRegistrations.tenantOf(client).toString())
        .claim("client_id", client.getClientId());
  }
}
