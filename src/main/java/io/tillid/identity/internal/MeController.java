package io.tillid.identity.internal;

import io.tillid.platform.PermissionChecker;
import io.tillid.platform.SignedIn;
import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.TenantRef;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the caller is, in which tenant, and what it may do now. */
@RestController
class MeController {

  private final TenantDirectory tenants;
  private final PermissionChecker permissions;

  MeController(TenantDirectory tenants, PermissionChecker permissions) {
    this.tenants = tenants;
    this.permissions = permissions;
  }

  @GetMapping("/api/v1/me")
  @SignedIn("Every authenticated caller may ask who it is; it sees only its own ids and permissions.")
  Map<String, Object> me(@AuthenticationPrincipal TenantPrincipal principal) {
    String tenant = tenants.findById(principal.tenantId()).map(TenantRef::slug).orElse(principal.tenantId().toString());
    List<String> allowed = List.copyOf(new TreeSet<>(permissions.permissionsOf(principal)));
    return Map.of("tenant", tenant, "principal", principal.principalId(), "permissions", allowed);
  }
}
