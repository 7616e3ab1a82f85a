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
    return signInStatus.fullySignedIn(authentication)
        .map(principal -> permissions.has(principal, Permissions.USERS_MANAGE))
        .orElse(false);
  }

  @ModelAttribute("canManageSettings")
  boolean canManageSettings(Authentication authentication) {
    return signInStatus.fullySignedIn(authentication)
        .map(principal -> permissions.has(principal, Permissions.SETTINGS_MANAGE))
        .orElse(false);
  }

  @ModelAttribute("canReviewHits")
  boolean canReviewHits(Authentication authentication) {
    return signInStatus.fullySignedIn(authentication)
        .map(principal -> permissions.has(principal, Permissions.SCREENING_REVIEW))
        .orElse(false);
  }

  @ModelAttribute("canReadCustomers")
  boolean canReadCustomers(Authentication authentication) {
    return signInStatus.fullySignedIn(authentication)
        .map(principal -> permissions.has(principal, Permissions.CUSTOMERS_READ))
        .orElse(false);
  }
}
