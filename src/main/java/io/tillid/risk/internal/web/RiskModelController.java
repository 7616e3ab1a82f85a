package io.tillid.risk.internal.web;

import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import io.tillid.risk.internal.model.ModelChange;
import io.tillid.risk.internal.model.Parameter;
import io.tillid.risk.internal.model.RiskModel;
import io.tillid.risk.internal.persistence.RiskModels;
import io.tillid.risk.internal.reference.CountryRiskTables;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's risk model page: the current version's points, thresholds and review
 * intervals, which a save turns into the next version; a refused field is named and nothing is
 * saved. Also shows the country risk table in force and its terms.
 */
@Controller
@RequestMapping("/settings/risk-model")
@RequiresPermission(Permissions.SETTINGS_MANAGE)
class RiskModelController {

  private final RiskModels models;
  private final CountryRiskTables tables;

  RiskModelController(RiskModels models, CountryRiskTables tables) {
    this.models = models;
    this.tables = tables;
  }

  @GetMapping
  String show(@AuthenticationPrincipal TenantPrincipal principal, Model model) {
    RiskModel current = models.current(principal.tenantId());
    return page(current, ModelForm.of(current), model);
  }

  @PostMapping
  String save(@AuthenticationPrincipal TenantPrincipal principal, @RequestParam Map<String, String> form,
      RedirectAttributes flash, Model model) {
    Map<String, String> typed = new HashMap<>(form);
    typed.remove("_csrf");
    RiskModel current = models.current(principal.tenantId());
    try {
      int base = baseVersion(typed.remove("version"));
      RiskModel saved = models.change(principal.tenantId(), principal.principalId(), base, typed);
      flash.addFlashAttribute("notice", saved.version() == current.version() ? "risk.done.unchanged" : "risk.done.changed");
      return "redirect:/settings/risk-model";
    } catch (InvalidFieldException refused) {
      model.addAttribute("field", refused.field());
      model.addAttribute("rule", refused.rule());
    } catch (DuplicateKeyException concurrent) {
      model.addAttribute("field", "version");
      model.addAttribute("rule", "stale");
    }
    return page(current, ModelForm.typed(typed), model);
  }

  private static int baseVersion(String typed) {
    try {
      return Integer.parseInt(typed == null ? "" : typed.strip());
    } catch (NumberFormatException e) {
      throw RiskModels.stale();
    }
  }

  private String page(RiskModel current, ModelForm form, Model model) {
    model.addAttribute("version", current.version());
    model.addAttribute("form", form);
    model.addAttribute("industriesKey", ModelChange.INDUSTRIES);
    var table = tables.latest();
    model.addAttribute("tableAsOf", table.asOf().toString());
    model.addAttribute("fatfBlack", String.join(", ", table.fatfBlackList()));
    model.addAttribute("fatfGrey", String.join(", ", table.fatfGreyList()));
    model.addAttribute("euHighRisk", String.join(", ", table.euHighRiskList()));
    model.addAttribute("ratedCount", table.size());
    model.addAttribute("groups", Parameter.Group.values());
    return "risk-model";
  }

  static String industries(RiskModel model) {
    return String.join(", ", new TreeSet<>(model.highRiskIndustries()));
  }
}
