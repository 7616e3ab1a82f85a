package io.tillid.identity.internal;

import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A principal's roles as they are now, read when a pending sign-in completes. */
@Component
class PrincipalRoles {

  private final UserRepository users;

  PrincipalRoles(UserRepository users) {
    this.users = users;
  }

  Set<String> of(SignedInPrincipal principal) {
    if (principal.tenantId().isPlatform()) {
      return Set.of("platform_admin");
    }
    UUID userId = UUID.fromString(principal.principalId().substring("user:".length()));
    return users.roles(principal.tenantId(), userId);
  }
}
