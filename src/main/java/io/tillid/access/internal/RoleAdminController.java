package io.tillid.access.internal;

import io.tillid.platform.AccessDenials;
import jakarta.servlet.http.HttpServletRequest;
import io.tillid.platform.BadInputException;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant administrator's role page: the built-in roles and what they grant, and the tenant's
 * own roles to define, change and delete. Another tenant's role id is simply not found.
 */
@Controller
@RequestMapping("/admin/roles")
@RequiresPermission(Permissions.USERS_MANAGE)
class RoleAdminController {

  private static final String LIST = "redirect:/admin/roles";

  private final CustomRoleRepository roles;
  private final RoleCreation creation;
  private final RoleChange change;
  private final RoleDeletion deletion;

  RoleAdminController(CustomRoleRepository roles, RoleCreation creation, RoleChange change, RoleDeletion deletion) {
    this.roles = roles;
    this.creation = creation;
    this.change = change;
    this.deletion = deletion;
  }

  @GetMapping
  String list(@AuthenticationPrincipal TenantPrincipal principal, Model model) {
    model.addAttribute("builtIn", BuiltInRoles.PERMISSIONS);
    model.addAttribute("custom", roles.list(principal.tenantId()));
    model.addAttribute("catalogue", List.copyOf(new TreeSet<>(Permissions.ALL)));
    return "admin-roles";
  }

  @PostMapping
  String create(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "name", defaultValue = "") String name,
      @RequestParam(name = "permission", required = false) List<String> permissions, RedirectAttributes flash) {
    try {
      creation.create(principal.tenantId(), RoleInput.of(name, permissions), principal.principalId());
      flash.addFlashAttribute("notice", "roles.done.created");
    } catch (BadInputException refused) {
      flash.addFlashAttribute("problem", refused.getMessage());
    }
    return LIST;
  }

  @GetMapping("/{id}")
  String edit(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, Model model) {
    model.addAttribute("role", roles.find(principal.tenantId(), id).orElseThrow(RoleNotFound::new));
    model.addAttribute("catalogue", List.copyOf(new TreeSet<>(Permissions.ALL)));
    return "admin-role";
  }

  @PostMapping("/{id}")
  String change(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestParam(name = "name", defaultValue = "") String name,
      @RequestParam(name = "permission", required = false) List<String> permissions, RedirectAttributes flash) {
    try {
      change.change(principal.tenantId(), id, RoleInput.of(name, permissions), principal.principalId());
      flash.addFlashAttribute("notice", "roles.done.changed");
      return LIST;
    } catch (BadInputException refused) {
      flash.addFlashAttribute("problem", refused.getMessage());
      flash.addAttribute("id", id);
      return "redirect:/admin/roles/{id}";
    }
  }

  @PostMapping("/{id}/delete")
  String delete(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, RedirectAttributes flash) {
    try {
      deletion.delete(principal.tenantId(), id, principal.principalId());
      flash.addFlashAttribute("notice", "roles.done.deleted");
    } catch (BadInputException refused) {
      flash.addFlashAttribute("problem", refused.getMessage());
    }
    return LIST;
  }

  @ExceptionHandler(RoleNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model, HttpServletRequest request) {
    AccessDenials.objectNotVisible("role", request);
    model.addAttribute("status", 404);
    return "error";
  }
}
