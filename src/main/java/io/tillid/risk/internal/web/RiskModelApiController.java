package io.tillid.risk.internal.web;

import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import io.tillid.risk.internal.model.ModelChange;
import io.tillid.risk.internal.model.Parameter;
import io.tillid.risk.internal.model.RiskModel;
import io.tillid.risk.internal.persistence.RiskModels;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/settings/risk-model}: the current risk model version's points, thresholds and
 * review intervals, as the risk model page shows them; a PUT naming the version it read saves the
 * next version (every parameter is required; a refused field is named and nothing is saved; a stale
 * version is refused as the field {@code version}). Same use case and audit entry as the page.
 */
@RestController
@RequestMapping("/api/v1/settings/risk-model")
@RequiresPermission(Permissions.SETTINGS_MANAGE)
class RiskModelApiController {

  /** The model as read and written: parameter keys to numbers, and the high-risk NACE codes. */
  record ModelBody(Integer version, Map<String, BigDecimal> values, List<String> highRiskIndustries) {}

  private final RiskModels models;

  RiskModelApiController(RiskModels models) {
    this.models = models;
  }

  @GetMapping
  ModelBody read(@AuthenticationPrincipal TenantPrincipal principal) {
    return body(models.current(principal.tenantId()));
  }

  @PutMapping
  ModelBody change(@AuthenticationPrincipal TenantPrincipal principal, @RequestBody ModelBody wanted) {
    if (wanted.version() == null) {
      throw new InvalidFieldException("version", "required", "The field 'version' is required.");
    }
    Map<String, String> typed = new HashMap<>();
    Map<String, BigDecimal> values = wanted.values() == null ? Map.of() : wanted.values();
    values.forEach((key, value) -> {
      if (Parameter.byKey(key).isEmpty()) {
        throw new InvalidFieldException("values", "unknown", "The field 'values' names a parameter that is not known.");
      }
      typed.put(key, value == null ? "" : value.toPlainString());
    });
    typed.put(ModelChange.INDUSTRIES,
        wanted.highRiskIndustries() == null ? "" : String.join(",", wanted.highRiskIndustries()));
    try {
      return body(models.change(principal.tenantId(), principal.principalId(), wanted.version(), typed));
    } catch (DuplicateKeyException concurrent) {
      throw RiskModels.stale();
    }
  }

  private static ModelBody body(RiskModel model) {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (Parameter p : Parameter.values()) {
      values.put(p.key(), new BigDecimal(p.format(model.value(p))));
    }
    return new ModelBody(model.version(), values, List.copyOf(new TreeSet<>(model.highRiskIndustries())));
  }
}
