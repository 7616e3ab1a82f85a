package io.tillid.identity.internal;

import io.tillid.identity.DelegatedPrincipal;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * A request authenticated by an API key ({@code key:UUID}): it acts for the key's creator, limited
 * to the key's scopes, as read when the request began.
 */
record ApiKeyPrincipal(TenantId tenantId, UUID keyId, TenantPrincipal delegator, Set<String> scopes)
    implements DelegatedPrincipal, Principal {

  static final String PREFIX = "key:";

  ApiKeyPrincipal {
    scopes = Set.copyOf(scopes);
  }

  @Override
  public String principalId() {
    return PREFIX + keyId;
  }

  /** The id, so that {@code Authentication.getName()} is never anything personal. */
  @Override
  public String getName() {
    return principalId();
  }

  /** The creator of a key, named by its principal id ({@code user:UUID} or {@code client:UUID}). */
  record Creator(TenantId tenantId, String principalId) implements TenantPrincipal {}
}
