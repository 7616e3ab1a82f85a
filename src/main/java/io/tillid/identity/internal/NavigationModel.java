package io.tillid.identity.internal;

import io.tillid.platform.PermissionChecker;
import io.tillid.platform.Permissions;
import io.tillid.platform.SignInStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared page header needs to know of the signed-in user: which links to show. */
@ControllerAdvice(basePackages = "io.tillid")
class NavigationModel {

  private final SignInStatus signInStatus;
  private final PermissionChecker permissions;

  NavigationModel(SignInStatus signInStatus, PermissionChecker permissions) {
    this.signInStatus = signInStatus;
    this.permissions = permissions;
  }

  @ModelAttribute("canAdministerUsers")
  boolean canAdministerUsers(Authentication authentication) {
    return holds(authentication, Permissions.USERS_MANAGE);
  }

  @ModelAttribute("canManageSettings")
  boolean canManageSettings(Authentication authentication) {
    return holds(authentication, Permissions.SETTINGS_MANAGE);
  }

  @ModelAttribute("canReviewHits")
  boolean canReviewHits(Authentication authentication) {
    return holds(authentication, Permissions.SCREENING_REVIEW);
  }

  @ModelAttribute("canReadCustomers")
  boolean canReadCustomers(Authentication authentication) {
    return holds(authentication, Permissions.CUSTOMERS_READ);
  }

  @ModelAttribute("canManageWebhooks")
  boolean canManageWebhooks(Authentication authentication) {
    return holds(authentication, Permissions.WEBHOOKS_MANAGE);
  }

  /** Whether the fully signed-in principal holds the permission (false for anyone else). */
  private boolean holds(Authentication authentication, String permission) {
    return signInStatus.fullySignedIn(authentication)
        .map(principal -> permissions.has(principal, permission))
        .orElse(false);
  }
}
