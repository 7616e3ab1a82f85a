package io.tillid.screening.internal.web;

import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import io.tillid.screening.internal.hits.Thresholds;
import io.tillid.screening.internal.matching.ScreeningDefaults;
import io.tillid.screening.internal.monitoring.Transactions;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The tenant's screening threshold: the page {@code /settings/screening} and the API
 * {@code /api/v1/screening/settings} ({@code {"threshold":0.85}}). Changes need
 * {@code settings.manage} and are audited; a threshold outside 0.5 to 1 is refused naming the field.
 */
@Controller
class ScreeningSettingsController {

  private final Thresholds thresholds;
  private final Transactions transactions;

  ScreeningSettingsController(Thresholds thresholds, Transactions transactions) {
    this.thresholds = thresholds;
    this.transactions = transactions;
  }

  /** The settings as the API reads and writes them. */
  record Settings(Double threshold) {}

  @GetMapping("/api/v1/screening/settings")
  @RequiresPermission(Permissions.SCREENINGS_RUN)
  @ResponseBody
  Map<String, Object> read(@AuthenticationPrincipal TenantPrincipal principal) {
    return Map.of("threshold", thresholds.of(principal.tenantId()), "defaultThreshold", ScreeningDefaults.THRESHOLD);
  }

  @PutMapping("/api/v1/screening/settings")
  @RequiresPermission(Permissions.SETTINGS_MANAGE)
  @ResponseBody
  Map<String, Object> write(@AuthenticationPrincipal TenantPrincipal principal, @RequestBody Settings settings) {
    transactions.inTransaction(() -> thresholds.set(principal, settings.threshold()));
    return read(principal);
  }

  @GetMapping("/settings/screening")
  @RequiresPermission(Permissions.SETTINGS_MANAGE)
  String page(@AuthenticationPrincipal TenantPrincipal principal, Model model) {
    model.addAttribute("threshold", thresholds.of(principal.tenantId()));
    model.addAttribute("defaultThreshold", ScreeningDefaults.THRESHOLD);
    return "screening-settings";
  }

  @PostMapping("/settings/screening")
  @RequiresPermission(Permissions.SETTINGS_MANAGE)
  String save(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "threshold", defaultValue = "") String threshold, Model model) {
    try {
      Double value = threshold.isBlank() ? null : parse(threshold);
      transactions.inTransaction(() -> thresholds.set(principal, value));
      return "redirect:/settings/screening?saved";
    } catch (InvalidFieldException refused) {
      model.addAttribute("problem", "screening.settings.rule." + refused.rule());
    }
    model.addAttribute("threshold", thresholds.of(principal.tenantId()));
    model.addAttribute("defaultThreshold", ScreeningDefaults.THRESHOLD);
    return "screening-settings";
  }

  private static Double parse(String text) {
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidFieldException("threshold", "range", "The field 'threshold' must be a number.");
    }
  }
}
