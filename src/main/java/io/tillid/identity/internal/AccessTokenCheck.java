package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a verified access token (signature, issuer and lifetime already checked locally) into the
 * API client's authentication, after one query in the token's tenant: the client must still exist
 * and the token must not be revoked, so a deleted client or a revoked token is refused at once. The
 * client may use the token's scopes that it still holds now.
 */
@Component
class AccessTokenCheck implements Converter<Jwt, AbstractAuthenticationToken> {

  private final AccessTokenRepository tokens;

  AccessTokenCheck(AccessTokenRepository tokens) {
    this.tokens = tokens;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    UUID client = PrincipalIds.uuidAfter(OAuthTokenStore.SUBJECT_PREFIX, jwt.getSubject()).orElseThrow(
        AccessTokenCheck::refused);
    TenantId tenant;
    try {
      tenant = TenantId.of(String.valueOf(jwt.getClaimAsString(OAuthTokenStore.TENANT_CLAIM)));
    } catch (IllegalArgumentException malformed) {
      throw refused();
    }
    if (jwt.getId() == null) {
      throw refused();
    }
    Optional<String> held = TenantScope.call(tenant, () -> tokens.usableScopes(tenant, client, jwt.getId()));
    if (held.isEmpty()) {
      throw refused();
    }
    List<String> granted = jwt.getClaimAsStringList("scope");
    Set<String> scopes = new HashSet<>(granted == null ? List.of() : granted);
    scopes.retainAll(Arrays.asList(held.get().split(" ")));
    return new ApiClientAuthentication(new ApiClientPrincipal(tenant, client, scopes));
  }

  /** One answer for every reason, so a caller learns nothing about which check failed. */
  private static InvalidBearerTokenException refused() {
    return new InvalidBearerTokenException("The access token is not valid.");
  }
}
