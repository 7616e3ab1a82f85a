package io.tillid.identity.internal;

import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.ObjectNotFound;
import io.tillid.platform.PermissionChecker;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
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
 * The tenant administrator's API keys page: the tenant's keys (never their secrets), a form that
 * makes one with some of the administrator's own permissions (the key text is shown on the answer
 * to that form, once, and kept nowhere), and revocation.
 */
@Controller
@RequestMapping("/admin/api-keys")
@RequiresPermission(Permissions.USERS_MANAGE)
class ApiKeyAdminController {

  private final ApiKeys keys;
  private final PermissionChecker permissions;

  ApiKeyAdminController(ApiKeys keys, PermissionChecker permissions) {
    this.keys = keys;
    this.permissions = permissions;
  }

  @GetMapping
  String list(@AuthenticationPrincipal TenantPrincipal principal, Model model) {
    model.addAttribute("keys", keys.list(principal));
    model.addAttribute("offered", new TreeSet<>(permissions.permissionsOf(principal)));
    return "admin-api-keys";
  }

  @PostMapping
  String create(@AuthenticationPrincipal TenantPrincipal principal, @RequestParam(defaultValue = "") String name,
      @RequestParam(name = "scope", required = false) List<String> scopes,
      @RequestParam(defaultValue = "") String expires, @RequestParam(defaultValue = "") String addresses,
      Model model) {
    try {
      ApiKeys.Created created = keys.create(principal, new ApiKeys.Request(name, scopes, expiry(expires),
          Arrays.stream(addresses.split("[\\s,]+")).filter(a -> !a.isEmpty()).toList()));
      model.addAttribute("createdKey", created.secret());
      model.addAttribute("notice", "apikeys.done.created");
    } catch (InvalidFieldException refused) {
      model.addAttribute("problem", "apikeys.error." + refused.field());
    } catch (AccessDeniedException refused) {
      model.addAttribute("problem", "apikeys.error.rights");
    }
    return list(principal, model);
  }

  @PostMapping("/{id}/revoke")
  String revoke(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, RedirectAttributes flash) {
    keys.revoke(principal, id);
    flash.addFlashAttribute("notice", "apikeys.done.revoked");
    return "redirect:/admin/api-keys";
  }

  /** Another tenant's or a missing key: answered like any missing page (404). */
  @ExceptionHandler(ObjectNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model) {
    model.addAttribute("status", 404);
    return "error";
  }

  /** The end of the chosen day (UTC) as an instant, or null for none. */
  private static String expiry(String date) {
    if (date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip()).plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toString();
    } catch (DateTimeParseException malformed) {
      throw new InvalidFieldException("expiresAt", "date", "The expiry must be a date.");
    }
  }
}
