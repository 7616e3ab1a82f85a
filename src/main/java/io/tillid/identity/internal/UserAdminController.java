package io.tillid.identity.internal;

import io.tillid.platform.AccessDenials;
import io.tillid.platform.BadInputException;
import jakarta.servlet.http.HttpServletRequest;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.RoleCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * The tenant administrator's user page: invite, roles, disable and enable, reset a user's second
 * factor, end their sessions, lift a lockout, and require two-step sign-in for everyone. Only ever
 * the signed-in administrator's own tenant; another tenant's user id is simply not found.
 */
@Controller
@RequestMapping("/admin/users")
@RequiresPermission(Permissions.USERS_MANAGE)
class UserAdminController {

  private final UserDirectory directory;
  private final UserAdministration administration;
  private final UserSecurityActions security;
  private final Invitations invitations;
  private final TenantMfaSetting mfaSetting;
  private final RoleCatalog catalog;

  UserAdminController(UserDirectory directory, UserAdministration administration, UserSecurityActions security,
      Invitations invitations, TenantMfaSetting mfaSetting, RoleCatalog catalog) {
    this.catalog = catalog;
    this.directory = directory;
    this.administration = administration;
    this.security = security;
    this.invitations = invitations;
    this.mfaSetting = mfaSetting;
  }

  @GetMapping
  String list(@AuthenticationPrincipal SignedInPrincipal principal, Model model) {
    List<UserDirectory.Entry> users = directory.list(principal.tenantId());
    model.addAttribute("users", users);
    model.addAttribute("security", security.overview(principal.tenantId(), users));
    model.addAttribute("roles", catalog.assignable(principal.tenantId()));
    model.addAttribute("requireMfa", mfaSetting.required(principal.tenantId()));
    return "admin-users";
  }

  @PostMapping("/invite")
  String invite(@AuthenticationPrincipal SignedInPrincipal principal,
      @RequestParam(name = "email", defaultValue = "") String email,
      @RequestParam(name = "name", defaultValue = "") String name,
      @RequestParam(name = "role", required = false) List<String> roles, RedirectAttributes flash) {
    try {
      invitations.invite(principal.tenantId(), principal.principalId(), email, name, chosen(roles));
      flash.addFlashAttribute("notice", "admin.done.invited");
    } catch (InvitationRefused refused) {
      flash.addFlashAttribute("problem", refused.reason());
    }
    return "redirect:/admin/users";
  }

  @PostMapping("/{id}/disable")
  String disable(@AuthenticationPrincipal SignedInPrincipal principal, @PathVariable UUID id, RedirectAttributes flash) {
    return act(flash, "admin.done.disabled", () -> security.disable(principal.tenantId(), id, principal.principalId()));
  }

  @PostMapping("/{id}/enable")
  String enable(@AuthenticationPrincipal SignedInPrincipal principal, @PathVariable UUID id, RedirectAttributes flash) {
    return act(flash, "admin.done.enabled", () -> administration.enable(principal.tenantId(), id, principal.principalId()));
  }

  @PostMapping("/{id}/roles")
  String roles(@AuthenticationPrincipal SignedInPrincipal principal, @PathVariable UUID id,
      @RequestParam(name = "role", required = false) List<String> roles, RedirectAttributes flash) {
    return act(flash, "admin.done.roles",
        () -> administration.assignRoles(principal.tenantId(), id, chosen(roles), principal.principalId()));
  }

  @PostMapping("/{id}/mfa-reset")
  String resetMfa(@AuthenticationPrincipal SignedInPrincipal principal, @PathVariable UUID id, RedirectAttributes flash) {
    return act(flash, "admin.done.mfaReset", () -> security.resetMfa(principal.tenantId(), id, principal.principalId()));
  }

  @PostMapping("/{id}/sessions/end")
  String endSessions(@AuthenticationPrincipal SignedInPrincipal principal, @PathVariable UUID id,
      RedirectAttributes flash) {
    return act(flash, "admin.done.sessionsEnded",
        () -> security.endSessions(principal.tenantId(), id, principal.principalId()));
  }

  @PostMapping("/{id}/unlock")
  String unlock(@AuthenticationPrincipal SignedInPrincipal principal, @PathVariable UUID id, RedirectAttributes flash) {
    return act(flash, "admin.done.unlocked", () -> security.unlock(principal.tenantId(), id, principal.principalId()));
  }

  @PostMapping("/require-mfa")
  String requireMfa(@AuthenticationPrincipal SignedInPrincipal principal,
      @RequestParam(name = "required", defaultValue = "false") boolean required, RedirectAttributes flash) {
    return act(flash, required ? "admin.done.mfaRequired" : "admin.done.mfaOptional",
        () -> mfaSetting.require(principal.tenantId(), required, principal.principalId()));
  }

  @ExceptionHandler(UserAdministration.UserNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model, HttpServletRequest request) {
    AccessDenials.objectNotVisible("user", request);
    model.addAttribute("status", 404);
    return "error";
  }

  private static Set<String> chosen(List<String> roles) {
    return roles == null ? Set.of() : new HashSet<>(roles);
  }

  private static String act(RedirectAttributes flash, String doneKey, Runnable action) {
    try {
      action.run();
      flash.addFlashAttribute("notice", doneKey);
    } catch (BadInputException refused) {
      flash.addFlashAttribute("problem", refused.getMessage());
    }
    return "redirect:/admin/users";
  }
}
