package io.tillid.identity.internal;

import io.tillid.platform.PermissionChecker;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationConsentAuthenticationContext;

/**
 * A user can consent only to what the user may do: a consented scope that is not one of the user's
 * permissions now is dropped (whatever the consent form sent). When none is left, Spring answers the
 * application {@code access_denied}.
 */
final class ConsentWithinRights implements Consumer<OAuth2AuthorizationConsentAuthenticationContext> {

  private final PermissionChecker permissions;

  ConsentWithinRights(PermissionChecker permissions) {
    this.permissions = permissions;
  }

  @Override
  public void accept(OAuth2AuthorizationConsentAuthenticationContext context) {
    SignedInPrincipal user = SignedInPrincipal.user(ClientRegistrations.tenantOf(context.getRegisteredClient()),
        UserAuthorizations.userOf(context.getAuthorization()));
    Set<String> held = permissions.permissionsOf(user);
    context.getAuthorizationConsent().authorities(authorities -> authorities.removeIf(authority -> {
      String name = authority.getAuthority();
      return name != null && name.startsWith("SCOPE_") && !held.contains(name.substring("SCOPE_".length()));
    }));
  }
}
