package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A third-party application calling for a user who authorized it: it is the user ({@code user:UUID},
 * so the user's roles and grants as they are now apply), bounded by the scopes of its token that
 * the user still consents to, read when the request began.
 */
record ApplicationUserPrincipal(TenantId tenantId, UUID userId, Set<String> scopes)
    implements TenantPrincipal, Principal {

  static final String USER_PREFIX = "user:";

  ApplicationUserPrincipal {
    scopes = Set.copyOf(scopes);
  }

  @Override
  public String principalId() {
    return USER_PREFIX + userId;
  }

  @Override
  public Optional<Set<String>> consentedScopes() {
    return Optional.of(scopes);
  }

  /** The id, so that {@code Authentication.getName()} is never anything personal. */
  @Override
  public String getName() {
    return principalId();
  }
}
