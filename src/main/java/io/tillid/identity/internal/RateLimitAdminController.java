package io.tillid.identity.internal;

import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant administrator's page for the tenant's API rate limits (requests per minute). */
@Controller
@RequestMapping("/admin/rate-limits")
@RequiresPermission(Permissions.SETTINGS_MANAGE)
class RateLimitAdminController {

  private final TenantRateLimits limits;

  RateLimitAdminController(TenantRateLimits limits) {
    this.limits = limits;
  }

  @GetMapping
  String show(@AuthenticationPrincipal TenantPrincipal principal, Model model) {
    model.addAttribute("limits", limits.current(principal.tenantId()));
    return "admin-rate-limits";
  }

  @PostMapping
  String change(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "perPrincipal", required = false) Integer perPrincipal,
      @RequestParam(name = "perAddress", required = false) Integer perAddress,
      @RequestParam(name = "defaults", required = false) String defaults, RedirectAttributes flash) {
    try {
      if (defaults != null) {
        limits.change(principal, null, null);
      } else if (perPrincipal == null || perAddress == null) {
        flash.addFlashAttribute("problem", "ratelimits.error.range");
        return "redirect:/admin/rate-limits";
      } else {
        limits.change(principal, perPrincipal, perAddress);
      }
      flash.addFlashAttribute("notice", "ratelimits.done.changed");
    } catch (InvalidFieldException refused) {
      flash.addFlashAttribute("problem", "ratelimits.error.range");
    }
    return "redirect:/admin/rate-limits";
  }
}
