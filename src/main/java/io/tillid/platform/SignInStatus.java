package io.tillid.platform;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Whether an authentication is a complete sign-in (every factor proven), as the identity module
 * decides it. Route policies ({@link SignedIn}, {@link RequiresPermission}) admit only these.
 */
public interface SignInStatus {

  /** The principal of a complete sign-in; empty for none, a pending second step or an unknown kind. */
  Optional<TenantPrincipal> fullySignedIn(Authentication authentication);
}
