package io.tillid.identity.internal;

import io.tillid.platform.SignInStatus;
import io.tillid.platform.TenantPrincipal;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A sign-in is complete when it carries {@link SignInStage#COMPLETE}: every factor is proven. An
 * API client authenticated by a valid access token, and a valid API key, are complete as well.
 */
@Component
class WebSignInStatus implements SignInStatus {

  @Override
  public Optional<TenantPrincipal> fullySignedIn(Authentication authentication) {
    if (authentication instanceof ApiAuthentication api && api.isAuthenticated()) {
      return Optional.of(api.getPrincipal());
    }
    if (authentication != null && authentication.isAuthenticated()
        && SignInStage.has(authentication, SignInStage.COMPLETE)
        && authentication.getPrincipal() instanceof TenantPrincipal principal) {
      return Optional.of(principal);
    }
    return Optional.empty();
  }
}
