package io.tillid.identity.internal;

import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/rate-limits}: the tenant's API rate limits in requests per minute, per API key or
 * client and per client address; {@code "own": false} when the configured defaults apply. PUT both
 * numbers to set them, or both null to go back to the defaults.
 */
@RestController
@RequestMapping("/api/v1/rate-limits")
@RequiresPermission(Permissions.SETTINGS_MANAGE)
class RateLimitApiController {

  /** What a PUT sends. */
  record Change(Integer perPrincipal, Integer perAddress) {}

  private final TenantRateLimits limits;

  RateLimitApiController(TenantRateLimits limits) {
    this.limits = limits;
  }

  @GetMapping
  TenantRateLimits.Limits read(@AuthenticationPrincipal TenantPrincipal principal) {
    return limits.current(principal.tenantId());
  }

  @PutMapping
  TenantRateLimits.Limits change(@AuthenticationPrincipal TenantPrincipal principal, @RequestBody Change change) {
    return limits.change(principal, change.perPrincipal(), change.perAddress());
  }
}
