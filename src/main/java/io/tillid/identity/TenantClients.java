package io.tillid.identity;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's API clients, for modules that attach data to them (attribute grants) or decide their
 * permissions. An API client acts as the principal {@code client:UUID}; its scopes share their
 * names with permissions.
 */
public interface TenantClients {

  /** How an API client's principal id begins: {@code client:} followed by its UUID. */
  String PRINCIPAL_PREFIX = "client:";

  /** Whether the tenant has an API client with the id. */
  boolean exists(TenantId tenant, UUID clientId);

  /**
   * The scopes an API client principal may use now: for a request authenticated by an access token,
   * the token's scopes that the stored client still holds (read when the request began); otherwise
   * the stored client's scopes. Empty for a deleted client and for principals that are not clients.
   */
  Set<String> scopesOf(TenantPrincipal principal);
}
