package io.tillid.identity.internal;

import io.tillid.identity.internal.AccessTokenRepository.IssuedToken;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;

/**
 * Issued access tokens in PostgreSQL, so that any node can revoke and introspect a token another
 * node issued, and every API request can tell at once that its token was revoked. Only a SHA-256 of
 * each token is stored, under its jti in its client's tenant. Revocation and introspection look a
 * token up only in the tenant of the client asking (row-level security confines the query too), so
 * no client learns anything of another tenant's tokens.
 *
 * <p>The authorization code flow of third-party applications (consent state, code, refresh token)
 * is kept by {@link UserAuthorizations}; its access tokens are stored here too, naming the user.
 *
 * <p>Spring's {@code JdbcOAuth2AuthorizationService} is not used: its fixed schema has no
 * {@code tenant_id} (so no row-level security), and it stores tokens in clear.
 */
@Component
class OAuthTokenStore implements OAuth2AuthorizationService {

  static final String TENANT_CLAIM = "tenant";
  static final String SUBJECT_PREFIX = "client:";

  private final AccessTokenRepository tokens;
  private final ClientRegistrations registrations;
  private final UserAuthorizations users;
  private final Clock clock;

  OAuthTokenStore(AccessTokenRepository tokens, ClientRegistrations registrations, UserAuthorizations users,
      Clock clock) {
    this.tokens = tokens;
    this.registrations = registrations;
    this.users = users;
    this.clock = clock;
  }

  @Override
  public void save(OAuth2Authorization authorization) {
    UUID user = null;
    RegisteredClient client = registrations.findById(authorization.getRegisteredClientId());
    if (client == null) {
      throw new IllegalStateException("an authorization of an unknown client cannot be stored");
    }
    if (UserAuthorizations.isUsers(authorization)) {
      users.save(client, authorization);
      user = UserAuthorizations.userOf(authorization);
    }
    OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
    if (access == null) {
      return; // a pending authorization code flow has none yet
    }
    Map<String, Object> claims = access.getClaims();
    if (claims == null || claims.get("jti") == null || claims.get(TENANT_CLAIM) == null) {
      throw new IllegalStateException("an access token without jti or tenant cannot be stored");
    }
    TenantId tenant = TenantId.of(claims.get(TENANT_CLAIM).toString());
    String jti = claims.get("jti").toString();
    OAuth2AccessToken token = access.getToken();
    UUID forUser = user;
    TenantScope.run(tenant, () -> {
      if (!tokens.exists(tenant, jti)) {
        tokens.insert(tenant, new IssuedToken(jti, ClientRegistrations.idOf(client), authorization.getRegisteredClientId(),
            String.join(" ", new TreeSet<>(authorization.getAuthorizedScopes())), token.getIssuedAt(),
            token.getExpiresAt(), null, forUser), hash(token.getTokenValue()));
      }
      if (access.isInvalidated()) {
        tokens.revoke(tenant, jti, clock.instant());
      }
    });
  }

  @Override
  public void remove(OAuth2Authorization authorization) {
    if (UserAuthorizations.isUsers(authorization)) {
      RegisteredClient client = registrations.findById(authorization.getRegisteredClientId());
      if (client != null) {
        users.remove(client, authorization);
      }
      return;
    }
    askingTenant().ifPresent(tenant -> TenantScope.run(tenant, () -> tokens.delete(tenant, authorization.getId())));
  }

  @Override
  public OAuth2Authorization findById(String id) {
    return askingTenant()
        .flatMap(tenant -> TenantScope.call(tenant, () -> tokens.findById(tenant, id)).map(found -> rebuild(tenant, found, null)))
        .orElse(null);
  }

  @Override
  public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
    if (token == null) {
      return null;
    }
    if (tokenType == null || !OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
      Optional<OAuth2Authorization> users = this.users.findByToken(token, tokenType);
      if (users.isPresent() || tokenType != null) {
        return users.orElse(null);
      }
    }
    return askingTenant()
        .flatMap(tenant -> TenantScope.call(tenant, () -> tokens.findByHash(tenant, hash(token)))
            .map(found -> rebuild(tenant, found, token)))
        .orElse(null);
  }

  /** The tenant of the client that authenticated for this request (revocation, introspection). */
  private static Optional<TenantId> askingTenant() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof OAuth2ClientAuthenticationToken client && client.isAuthenticated()) {
      return Optional.ofNullable(client.getRegisteredClient()).map(ClientRegistrations::tenantOf);
    }
    return Optional.empty();
  }

  /** The authorization as the endpoints need it; null when the token's client no longer exists. */
  private OAuth2Authorization rebuild(TenantId tenant, IssuedToken found, String tokenValue) {
    RegisteredClient client = registrations.findByClientId(found.clientId());
    if (client == null || !ClientRegistrations.idOf(client).equals(found.apiClientId())) {
      return null;
    }
    Set<String> scopes = new TreeSet<>(Arrays.stream(found.scopes().split(" ")).filter(s -> !s.isEmpty()).toList());
    OAuth2AccessToken token = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
        tokenValue == null ? "unavailable" : tokenValue, found.issuedAt(), found.expiresAt(), scopes);
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", found.userId() == null ? SUBJECT_PREFIX + found.apiClientId()
        : ApplicationUserPrincipal.USER_PREFIX + found.userId());
    claims.put(TENANT_CLAIM, tenant.toString());
    claims.put("scope", List.copyOf(scopes));
    claims.put("jti", found.id());
    return OAuth2Authorization.withRegisteredClient(client)
        .id(found.id())
        .principalName(client.getClientId())
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .authorizedScopes(scopes)
        .token(token, metadata -> {
          metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims);
          metadata.put(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME, found.revokedAt() != null);
        })
        .build();
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
