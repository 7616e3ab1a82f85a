package io.tillid.identity.internal;

import io.tillid.platform.InvalidFieldException;
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
 * {@code /api/v1/settings/security}: whether every user of the tenant must sign in in two steps,
 * as the Users page sets it (same permission, {@code users.manage}, same audit entry).
 */
@RestController
@RequestMapping("/api/v1/settings/security")
@RequiresPermission(Permissions.USERS_MANAGE)
class SecuritySettingsApiController {

  /** The tenant's sign-in security settings. */
  record SecuritySettings(Boolean requireMfa) {}

  private final TenantMfaSetting mfaSetting;

  SecuritySettingsApiController(TenantMfaSetting mfaSetting) {
    this.mfaSetting = mfaSetting;
  }

  @GetMapping
  SecuritySettings read(@AuthenticationPrincipal TenantPrincipal principal) {
    return new SecuritySettings(mfaSetting.required(principal.tenantId()));
  }

  @PutMapping
  SecuritySettings change(@AuthenticationPrincipal TenantPrincipal principal, @RequestBody SecuritySettings wanted) {
    if (wanted.requireMfa() == null) {
      throw new InvalidFieldException("requireMfa", "required", "The field 'requireMfa' is required.");
    }
    mfaSetting.require(principal.tenantId(), wanted.requireMfa(), principal.principalId());
    return read(principal);
  }
}
