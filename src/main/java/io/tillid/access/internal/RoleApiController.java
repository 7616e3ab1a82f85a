package io.tillid.access.internal;

import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/roles}: what the Roles page does: the built-in roles and the tenant's own, and
 * defining, changing and deleting the tenant's own (same use cases, same audit entries). Another
 * tenant's role is not found (404).
 */
@RestController
@RequestMapping("/api/v1/roles")
@RequiresPermission(Permissions.USERS_MANAGE)
class RoleApiController {

  /** A role as the API shows it; {@code key} is what a user's roles name. */
  record RoleView(UUID id, String key, String name, Set<String> permissions, boolean builtIn) {}

  /** What a create or change sends. */
  record RoleBody(String name, List<String> permissions) {}

  private final CustomRoleRepository roles;
  private final RoleCreation creation;
  private final RoleChange change;
  private final RoleDeletion deletion;

  RoleApiController(CustomRoleRepository roles, RoleCreation creation, RoleChange change, RoleDeletion deletion) {
    this.roles = roles;
    this.creation = creation;
    this.change = change;
    this.deletion = deletion;
  }

  @GetMapping
  Map<String, List<RoleView>> list(@AuthenticationPrincipal TenantPrincipal principal) {
    List<RoleView> builtIn = BuiltInRoles.PERMISSIONS.entrySet().stream()
        .map(role -> new RoleView(null, role.getKey(), role.getKey(), new TreeSet<>(role.getValue()), true))
        .toList();
    List<RoleView> custom = roles.list(principal.tenantId()).stream().map(RoleApiController::view).toList();
    return Map.of("items", java.util.stream.Stream.concat(builtIn.stream(), custom.stream()).toList());
  }

  @GetMapping("/{id}")
  RoleView one(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return view(roles.find(principal.tenantId(), id).orElseThrow(RoleNotFound::new));
  }

  @PostMapping
  ResponseEntity<RoleView> create(@AuthenticationPrincipal TenantPrincipal principal, @RequestBody RoleBody body) {
    CustomRole created = creation.create(principal.tenantId(), RoleInput.of(body.name(), body.permissions()),
        principal.principalId());
    return ResponseEntity.created(URI.create("/api/v1/roles/" + created.id())).body(view(created));
  }

  @PutMapping("/{id}")
  RoleView change(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestBody RoleBody body) {
    change.change(principal.tenantId(), id, RoleInput.of(body.name(), body.permissions()), principal.principalId());
    return one(principal, id);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    deletion.delete(principal.tenantId(), id, principal.principalId());
    return ResponseEntity.noContent().build();
  }

  private static RoleView view(CustomRole role) {
    return new RoleView(role.id(), role.key(), role.name(), new TreeSet<>(role.permissions()), false);
  }
}
