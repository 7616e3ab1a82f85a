package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * An API client calling with an access token ({@code client:UUID}), with the scopes it may use in
 * this request: those of its token that the stored client still holds, read when the request began.
 */
record ApiClientPrincipal(TenantId tenantId, UUID clientId, Set<String> scopes) implements TenantPrincipal, Principal {

  ApiClientPrincipal {
    scopes = Set.copyOf(scopes);
  }

  @Override
  public String principalId() {
    return OAuthTokenStore.SUBJECT_PREFIX + clientId;
  }

  /** The id, so that {@code Authentication.getName()} is never anything personal. */
  @Override
  public String getName() {
    return principalId();
  }
}
