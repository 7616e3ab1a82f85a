package io.tillid.access.internal;

import io.tillid.access.GrantDimension;
import io.tillid.access.Grants;
import io.tillid.platform.BadInputException;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The tenant administrator's page for the attribute grants of one user (linked from Users) or one
 * API client (linked from API clients). Another tenant's user or client id is simply not found.
 */
@Controller
@RequestMapping({"/admin/users/{id}/grants", "/admin/clients/{id}/grants"})
@RequiresPermission(Permissions.USERS_MANAGE)
class GrantAdminController {

  private final GrantChange change;

  GrantAdminController(GrantChange change) {
    this.change = change;
  }

  @GetMapping
  String show(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, HttpServletRequest request,
      Model model) {
    GrantHolder holder = GrantHolder.of(request);
    Grants grants = change.of(principal.tenantId(), holder, id);
    Map<String, String> values = new LinkedHashMap<>();
    for (GrantDimension dimension : GrantDimension.values()) {
      values.put(dimension.column(), GrantChange.valuesOf(grants, dimension));
    }
    model.addAttribute("grantsPath", holder.grantsPath(id));
    model.addAttribute("listPath", holder.listPath());
    model.addAttribute("holder", holder.type());
    model.addAttribute("values", values);
    return "admin-grants";
  }

  @PostMapping
  String set(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestParam(name = "business_unit", defaultValue = "") String businessUnits,
      @RequestParam(name = "sensitivity", defaultValue = "") String sensitivities,
      @RequestParam(name = "jurisdiction", defaultValue = "") String jurisdictions, HttpServletRequest request,
      RedirectAttributes flash) {
    GrantHolder holder = GrantHolder.of(request);
    Map<GrantDimension, String> typed = new EnumMap<>(GrantDimension.class);
    typed.put(GrantDimension.BUSINESS_UNIT, businessUnits);
    typed.put(GrantDimension.SENSITIVITY, sensitivities);
    typed.put(GrantDimension.JURISDICTION, jurisdictions);
    try {
      change.set(principal.tenantId(), holder, id, GrantInput.parse(typed), principal.principalId());
      flash.addFlashAttribute("notice", "grants.done.changed");
    } catch (BadInputException refused) {
      flash.addFlashAttribute("problem", refused.getMessage());
    }
    return "redirect:" + holder.grantsPath(id);
  }

  @ExceptionHandler(HolderNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model) {
    model.addAttribute("status", 404);
    return "error";
  }

  /** No such user or client in this tenant: answered like any missing page (404). */
  static final class HolderNotFound extends io.tillid.platform.ObjectNotFound {
    private static final long serialVersionUID = 1L;

    HolderNotFound() {
      super("grant holder");
    }
  }
}
