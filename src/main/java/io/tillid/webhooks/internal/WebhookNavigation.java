package io.tillid.webhooks.internal;

import io.tillid.platform.PermissionChecker;
import io.tillid.platform.Permissions;
import io.tillid.platform.SignInStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Whether the shared page header shows the link to the webhooks page. */
@ControllerAdvice(basePackages = "io.tillid")
class WebhookNavigation {

  private final SignInStatus signInStatus;
  private final PermissionChecker permissions;

  WebhookNavigation(SignInStatus signInStatus, PermissionChecker permissions) {
    this.signInStatus = signInStatus;
    this.permissions = permissions;
  }

  @ModelAttribute("canManageWebhooks")
  boolean canManageWebhooks(Authentication authentication) {
    return signInStatus.fullySignedIn(authentication)
        .map(principal -> permissions.has(principal, Permissions.WEBHOOKS_MANAGE))
        .orElse(false);
  }
}
