package io.tillid.identity.internal;

import io.tillid.platform.BadInputException;
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
 * The tenant administrator's user list: roles, disabling and enabling. Only ever the signed-in
 * administrator's own tenant; another tenant's user id is simply not found.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

  private final UserDirectory directory;
  private final UserAdministration administration;

  UserAdminController(UserDirectory directory, UserAdministration administration) {
    this.directory = directory;
    this.administration = administration;
  }

  @GetMapping
  String list(@AuthenticationPrincipal SignedInPrincipal principal, Model model) {
    model.addAttribute("users", directory.list(principal.tenantId()));
    model.addAttribute("roles", List.copyOf(new java.util.TreeSet<>(Vocabulary.ROLES)));
    model.addAttribute("self", principal.principalId());
    return "admin-users";
  }

  @PostMapping("/{id}/disable")
  String disable(@AuthenticationPrincipal SignedInPrincipal principal, @PathVariable UUID id, RedirectAttributes flash) {
    return act(flash, "admin.done.disabled", () -> administration.disable(principal.tenantId(), id, principal.principalId()));
  }

  @PostMapping("/{id}/enable")
  String enable(@AuthenticationPrincipal SignedInPrincipal principal, @PathVariable UUID id, RedirectAttributes flash) {
    return act(flash, "admin.done.enabled", () -> administration.enable(principal.tenantId(), id, principal.principalId()));
  }

  @PostMapping("/{id}/roles")
  String roles(@AuthenticationPrincipal SignedInPrincipal principal, @PathVariable UUID id,
      @RequestParam(name = "role", required = false) List<String> roles, RedirectAttributes flash) {
    Set<String> chosen = roles == null ? Set.of() : new HashSet<>(roles);
    return act(flash, "admin.done.roles",
        () -> administration.assignRoles(principal.tenantId(), id, chosen, principal.principalId()));
  }

  @ExceptionHandler({UserAdministration.UserNotFound.class})
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model) {
    model.addAttribute("status", 404);
    return "error";
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
