package io.tillid.identity.internal;

import io.tillid.identity.internal.UserAuthorizationRepository.Secret;
import io.tillid.identity.internal.UserAuthorizationRepository.StoredAuthorization;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.security.Principal;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.stereotype.Component;

/**
 * The authorization code flow's state in PostgreSQL, so that any node may take the next step: the
 * pending request awaiting consent (found by its consent state), the single-use code, the rotated
 * refresh token. Secrets are stored only as SHA-256 hashes; an authorization rebuilt from the
 * database carries the value of the secret it was found by, and a placeholder for the others
 * (which saving never stores).
 */
@Component
class UserAuthorizations {

  private static final String UNKNOWN = "-";
  private static final String SYSTEM_REASON = "an OAuth code, consent state or refresh token names no tenant: "
      + "its hash finds it";

  private final UserAuthorizationRepository repository;
  private final ClientRegistrations registrations;
  private final AuthorizationServerSettings settings;
  private final OAuthAudit audit;
  private final Clock clock;

  UserAuthorizations(UserAuthorizationRepository repository, ClientRegistrations registrations,
      AuthorizationServerSettings settings, OAuthAudit audit, Clock clock) {
    this.repository = repository;
    this.registrations = registrations;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  static boolean isUsers(OAuth2Authorization authorization) {
    return AuthorizationGrantType.AUTHORIZATION_CODE.equals(authorization.getAuthorizationGrantType());
  }

  /** The user an authorization is for. */
  static UUID userOf(OAuth2Authorization authorization) {
    return PrincipalIds.uuidAfter(ApplicationUserPrincipal.USER_PREFIX, authorization.getPrincipalName())
        .orElseThrow(() -> new IllegalStateException("only a tenant's user authorizes applications"));
  }

  void save(RegisteredClient client, OAuth2Authorization authorization) {
    TenantId tenant = ClientRegistrations.tenantOf(client);
    OAuth2AuthorizationRequest request = authorization.getAttribute(OAuth2AuthorizationRequest.class.getName());
    if (request == null) {
      throw new IllegalStateException("an authorization code flow without its request");
    }
    TenantScope.run(tenant, () -> {
      Optional<StoredAuthorization> old = repository.find(tenant, authorization.getId());
      String state = authorization.getAttribute(OAuth2ParameterNames.STATE);
      OAuth2Authorization.Token<OAuth2AuthorizationCode> code = authorization.getToken(OAuth2AuthorizationCode.class);
      OAuth2Authorization.Token<OAuth2RefreshToken> refresh = authorization.getRefreshToken();
      OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
      Map<String, Object> claims = access == null ? null : access.getClaims();
      Object jti = claims == null ? null : claims.get("jti");
      repository.save(tenant, new StoredAuthorization(authorization.getId(), ClientRegistrations.idOf(client),
          client.getClientId(), userOf(authorization), request.getRedirectUri(), joined(request.getScopes()),
          joined(authorization.getAuthorizedScopes()), request.getState(),
          String.valueOf(request.getAdditionalParameters().get(PkceParameterNames.CODE_CHALLENGE)),
          String.valueOf(request.getAdditionalParameters().get(PkceParameterNames.CODE_CHALLENGE_METHOD)),
          state == null ? null : OAuthTokenStore.hash(state),
          hashOf(code, old.map(StoredAuthorization::codeHash)),
          code == null ? null : code.getToken().getIssuedAt(), code == null ? null : code.getToken().getExpiresAt(),
          code != null && code.isInvalidated(),
          hashOf(refresh, old.map(StoredAuthorization::refreshHash)),
          refresh == null ? null : refresh.getToken().getIssuedAt(),
          refresh == null ? null : refresh.getToken().getExpiresAt(),
          refresh != null && refresh.isInvalidated(),
          jti == null ? null : jti.toString(),
          old.map(StoredAuthorization::createdAt).orElse(clock.instant())));
    });
  }

  /** Spring removes a pending authorization when the user denies consent. */
  void remove(RegisteredClient client, OAuth2Authorization authorization) {
    TenantId tenant = ClientRegistrations.tenantOf(client);
    TenantScope.run(tenant, () -> repository.delete(tenant, authorization.getId()));
    OAuth2AuthorizationRequest request = authorization.getAttribute(OAuth2AuthorizationRequest.class.getName());
    audit.forUser(tenant, userOf(authorization), ClientRegistrations.idOf(client), "oauth.consent.denied",
        request == null ? "" : joined(request.getScopes()));
  }

  /** The authorization a consent state, code or refresh token belongs to (any of them when the type is null). */
  Optional<OAuth2Authorization> findByToken(String token, OAuth2TokenType type) {
    List<Secret> secrets;
    if (type == null) {
      secrets = List.of(Secret.CODE, Secret.REFRESH);
    } else if (OAuth2ParameterNames.STATE.equals(type.getValue())) {
      secrets = List.of(Secret.CONSENT_STATE);
    } else if (OAuth2ParameterNames.CODE.equals(type.getValue())) {
      secrets = List.of(Secret.CODE);
    } else if (OAuth2TokenType.REFRESH_TOKEN.equals(type)) {
      secrets = List.of(Secret.REFRESH);
    } else {
      return Optional.empty();
    }
    String hash = OAuthTokenStore.hash(token);
    for (Secret secret : secrets) {
      Optional<OAuth2Authorization> found = TenantScope.system(SYSTEM_REASON, () -> repository.locate(secret, hash))
          .flatMap(located -> TenantScope.call(located.tenant(), () -> repository.find(located.tenant(), located.id()))
              .flatMap(stored -> rebuild(located.tenant(), stored, secret, token)));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<OAuth2Authorization> rebuild(TenantId tenant, StoredAuthorization stored, Secret foundBy,
      String value) {
    RegisteredClient client = registrations.findByClientId(stored.clientId());
    if (client == null || !ClientRegistrations.idOf(client).equals(stored.apiClientId())) {
      return Optional.empty(); // the application was deleted (and another may since have its client id)
    }
    SignedInPrincipal user = SignedInPrincipal.user(tenant, stored.userId());
    OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
        .authorizationUri(settings.getIssuer() + settings.getAuthorizationEndpoint())
        .clientId(stored.clientId())
        .redirectUri(stored.redirectUri())
        .scopes(split(stored.requestedScopes()))
        .state(stored.clientState())
        .additionalParameters(Map.of(PkceParameterNames.CODE_CHALLENGE, stored.codeChallenge(),
            PkceParameterNames.CODE_CHALLENGE_METHOD, stored.codeChallengeMethod()))
        .build();
    OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client)
        .id(stored.id())
        .principalName(user.getName())
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .authorizedScopes(split(stored.authorizedScopes()))
        .attribute(Principal.class.getName(), UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()))
        .attribute(OAuth2AuthorizationRequest.class.getName(), request);
    if (foundBy == Secret.CONSENT_STATE) {
      builder.attribute(OAuth2ParameterNames.STATE, value);
    }
    if (stored.codeHash() != null) {
      builder.token(new OAuth2AuthorizationCode(foundBy == Secret.CODE ? value : UNKNOWN, stored.codeIssuedAt(),
          stored.codeExpiresAt()), metadata -> metadata.put(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME,
          stored.codeUsed()));
    }
    if (stored.refreshHash() != null) {
      builder.token(new OAuth2RefreshToken(foundBy == Secret.REFRESH ? value : UNKNOWN, stored.refreshIssuedAt(),
          stored.refreshExpiresAt()), metadata -> metadata.put(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME,
          stored.refreshRevoked()));
    }
    if (stored.accessTokenId() != null) {
      // the latest access token, by its jti: enough to revoke it when its code is replayed
      OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, UNKNOWN,
          stored.createdAt(), stored.createdAt().plusSeconds(1), split(stored.authorizedScopes()));
      builder.token(access, metadata -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME,
          Map.of("jti", stored.accessTokenId(), OAuthTokenStore.TENANT_CLAIM, tenant.toString(),
              "sub", user.getName())));
    }
    return Optional.of(builder.build());
  }

  private static String hashOf(OAuth2Authorization.Token<? extends AbstractOAuth2Token> token, Optional<String> old) {
    if (token == null) {
      return null;
    }
    String value = token.getToken().getTokenValue();
    return UNKNOWN.equals(value) ? old.orElse(null) : OAuthTokenStore.hash(value);
  }

  private static String joined(Set<String> scopes) {
    return String.join(" ", new TreeSet<>(scopes == null ? Set.of() : scopes));
  }

  private static Set<String> split(String scopes) {
    return new TreeSet<>(Arrays.stream(scopes == null ? new String[0] : scopes.split(" ")).filter(s -> !s.isEmpty())
        .toList());
  }
}
