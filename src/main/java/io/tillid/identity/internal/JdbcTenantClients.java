package io.tillid.identity.internal;

import io.tillid.identity.TenantClients;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Looks API clients up in {@code api_client}; every query names the tenant. */
@Component
class JdbcTenantClients implements TenantClients {

  private final ClientRepository clients;

  JdbcTenantClients(ClientRepository clients) {
    this.clients = clients;
  }

  @Override
  public boolean exists(TenantId tenant, UUID clientId) {
    return clients.scopesOf(tenant, clientId).isPresent();
  }

  @Override
  public Set<String> scopesOf(TenantPrincipal principal) {
    if (principal instanceof ApiClientPrincipal client) {
      return client.scopes();
    }
    if (principal.tenantId().isPlatform()) {
      return Set.of();
    }
    return PrincipalIds.uuidAfter(PRINCIPAL_PREFIX, principal.principalId())
        .flatMap(id -> clients.scopesOf(principal.tenantId(), id))
        .map(scopes -> Arrays.stream(scopes.split(" ")).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet()))
        .orElse(Set.<String>of());
  }
}
