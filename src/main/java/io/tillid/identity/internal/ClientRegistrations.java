package io.tillid.identity.internal;

import io.tillid.identity.internal.ClientRepository.StoredClient;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The authorization server's view of our API clients: the client id's tenant from the directory,
 * then the client itself read in that tenant's scope. Services use client credentials,
 * authenticating with their secret (HTTP Basic or form), whose stored Argon2id hash the
 * authorization server checks. The registered client's id is its client id (unique across tenants).
 * A third-party application uses the authorization code (PKCE required, consent required, exact
 * redirect URIs) and refresh tokens instead; a public one has no secret.
 */
@Component
class ClientRegistrations implements RegisteredClientRepository {

  /** Client setting: the client's tenant id. */
  static final String TENANT = "tillid.tenant";
  /** Client setting: the client's own id ({@code api_client.id}). */
  static final String CLIENT = "tillid.client";

  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{3,100}");

  private final ClientRepository clients;
  private final OAuthProperties properties;
  private final TransactionOperations transactions;

  ClientRegistrations(ClientRepository clients, OAuthProperties properties, TransactionOperations transactions) {
    this.clients = clients;
    this.properties = properties;
    this.transactions = transactions;
  }

  @Override
  public RegisteredClient findByClientId(String clientId) {
    if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
      return null;
    }
    Optional<TenantId> tenant = clients.tenantOf(clientId);
    if (tenant.isEmpty()) {
      return null;
    }
    return TenantScope.call(tenant.get(), () -> clients.find(tenant.get(), clientId))
        .map(client -> registered(tenant.get(), client)).orElse(null);
  }

  @Override
  public RegisteredClient findById(String id) {
    return findByClientId(id);
  }

  /** Only ever called to store a secret's upgraded hash; clients are made by import and administrators. */
  @Override
  public void save(RegisteredClient client) {
    TenantId tenant = tenantOf(client);
    UUID id = idOf(client);
    TenantScope.run(tenant, () -> transactions.executeWithoutResult(
        status -> clients.updateSecretHash(tenant, id, client.getClientSecret())));
  }

  static TenantId tenantOf(RegisteredClient client) {
    return TenantId.of(setting(client, TENANT));
  }

  static UUID idOf(RegisteredClient client) {
    return UUID.fromString(setting(client, CLIENT));
  }

  private static String setting(RegisteredClient client, String name) {
    String value = client.getClientSettings().getSetting(name);
    if (value == null) {
      throw new IllegalStateException("a registered client without " + name);
    }
    return value;
  }

  private RegisteredClient registered(TenantId tenant, StoredClient client) {
    RegisteredClient.Builder builder = RegisteredClient.withId(client.clientId())
        .clientId(client.clientId())
        .clientSecret(client.secretHash())
        .scopes(scopes -> scopes.addAll(Arrays.stream(client.scopes().split(" ")).filter(s -> !s.isEmpty()).toList()));
    ClientSettings.Builder settings = ClientSettings.builder()
        .setting(TENANT, tenant.toString())
        .setting(CLIENT, client.id().toString());
    TokenSettings.Builder tokens = TokenSettings.builder()
        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
        .accessTokenTimeToLive(properties.accessTokenLifetime());
    if (client.type().isApplication()) {
      // a third-party application: users authorize it (consent), PKCE S256 always, refresh tokens rotate
      builder.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
          .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
          .redirectUris(uris -> uris.addAll(Arrays.stream(String.valueOf(client.redirectUris()).split(" "))
              .filter(s -> !s.isEmpty()).toList()));
      if (client.type() == ClientType.PUBLIC) {
        builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
      } else {
        builder.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
      }
      settings.requireProofKey(true).requireAuthorizationConsent(true);
      tokens.authorizationCodeTimeToLive(properties.authorizationCodeLifetime())
          .refreshTokenTimeToLive(properties.refreshTokenLifetime())
          .reuseRefreshTokens(false);
    } else {
      builder.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
          .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
          .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
    }
    return builder.clientSettings(settings.build()).tokenSettings(tokens.build()).build();
  }
}
