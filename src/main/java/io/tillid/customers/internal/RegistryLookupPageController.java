package io.tillid.customers.internal;

import io.tillid.customers.internal.registry.RegistryFailure;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "Look up in a registry" form of the customer list: on success the new (or found) company's
 * page; otherwise back to the list with the reason (a field and rule, never the input).
 */
@Controller
class RegistryLookupPageController {

  /** The reasons the list page can say in the user's language; any other is "other". */
  static final java.util.Set<String> RULES = java.util.Set.of("unknown-registry", "registry-off", "registry-number",
      "required", "too-long", "control", "not-in-registry", "registry-down", "outside-grants", "above-total");

  private final RegistryLookup lookup;

  RegistryLookupPageController(RegistryLookup lookup) {
    this.lookup = lookup;
  }

  @PostMapping("/customers/lookup")
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  String lookup(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "registry", defaultValue = "") String registry,
      @RequestParam(name = "registrationNumber", defaultValue = "") String number, RedirectAttributes redirect) {
    String rule;
    try {
      LookupResult result = lookup.lookup(principal, new RegistryLookupRequest(registry, number, null, null, null));
      return "redirect:/customers/" + result.id();
    } catch (InvalidFieldException refused) {
      if ("registry".equals(refused.field()) || "registrationNumber".equals(refused.field())) {
        redirect.addFlashAttribute("lookupField", refused.field());
      }
      rule = refused.rule();
    } catch (RegistryCompanyNotFound missing) {
      rule = "not-in-registry";
    } catch (RegistryFailure failure) {
      rule = "registry-down";
    } catch (AccessDeniedException refused) {
      rule = "outside-grants";
    }
    redirect.addFlashAttribute("lookupRule", RULES.contains(rule) ? rule : "other");
    return "redirect:/customers";
  }
}
