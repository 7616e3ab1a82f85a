package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.time.Clock;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Users' consents to applications in {@code oauth_consent}, in the application's tenant (row-level
 * security applies). A consent names the scopes only; giving and withdrawing one is audited.
 */
@Component
class UserConsents implements OAuth2AuthorizationConsentService {

  private final UserAuthorizationRepository repository;
  private final ClientRegistrations registrations;
  private final OAuthAudit audit;
  private final TransactionOperations transactions;
  private final Clock clock;

  UserConsents(UserAuthorizationRepository repository, ClientRegistrations registrations, OAuthAudit audit,
      TransactionOperations transactions, Clock clock) {
    this.repository = repository;
    this.registrations = registrations;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Override
  public void save(OAuth2AuthorizationConsent consent) {
    RegisteredClient client = client(consent.getRegisteredClientId());
    TenantId tenant = ClientRegistrations.tenantOf(client);
    UUID user = user(consent.getPrincipalName());
    String scopes = String.join(" ", new TreeSet<>(consent.getScopes()));
    TenantScope.run(tenant, () -> transactions.executeWithoutResult(status ->
        repository.saveConsent(tenant, ClientRegistrations.idOf(client), user, scopes, clock.instant())));
    audit.forUser(tenant, user, ClientRegistrations.idOf(client), "oauth.consent.granted", scopes);
  }

  @Override
  public void remove(OAuth2AuthorizationConsent consent) {
    RegisteredClient client = client(consent.getRegisteredClientId());
    TenantId tenant = ClientRegistrations.tenantOf(client);
    UUID user = user(consent.getPrincipalName());
    boolean removed = TenantScope.call(tenant, () -> transactions.execute(status ->
        repository.deleteConsent(tenant, ClientRegistrations.idOf(client), user)));
    if (removed) {
      audit.forUser(tenant, user, ClientRegistrations.idOf(client), "oauth.consent.revoked", "");
    }
  }

  @Override
  public OAuth2AuthorizationConsent findById(String registeredClientId, String principalName) {
    RegisteredClient client = registrations.findById(registeredClientId);
    UUID user = PrincipalIds.uuidAfter(ApplicationUserPrincipal.USER_PREFIX, principalName).orElse(null);
    if (client == null || user == null) {
      return null;
    }
    TenantId tenant = ClientRegistrations.tenantOf(client);
    return TenantScope.call(tenant, () -> repository.consentedScopes(tenant, ClientRegistrations.idOf(client), user))
        .map(scopes -> OAuth2AuthorizationConsent.withId(registeredClientId, principalName)
            .authorities(authorities -> Arrays.stream(scopes.split(" ")).filter(s -> !s.isEmpty())
                .forEach(scope -> authorities.add(scopeAuthority(scope))))
            .build())
        .orElse(null);
  }

  private RegisteredClient client(String registeredClientId) {
    RegisteredClient client = registrations.findById(registeredClientId);
    if (client == null) {
      throw new IllegalStateException("a consent to an unknown application");
    }
    return client;
  }

  private static UUID user(String principalName) {
    return PrincipalIds.uuidAfter(ApplicationUserPrincipal.USER_PREFIX, principalName)
        .orElseThrow(() -> new IllegalStateException("only a tenant's user consents"));
  }

  private static GrantedAuthority scopeAuthority(String scope) {
    return new SimpleGrantedAuthority("SCOPE_" + scope);
  }
}
