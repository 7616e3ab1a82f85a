package io.tillid.risk.internal.model;

import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.internal.reference.CountryRiskTable;
import io.tillid.risk.internal.reference.IndustryCodes;
import java.util.List;

/** An industry on the model's high-risk list adds points; a company without a code is said to lack one. */
final class IndustryRule implements RiskRule {

  @Override
  public List<Factor> apply(RiskInputs inputs, RiskModel model, CountryRiskTable countries) {
    String code = inputs.industryCode();
    if (code == null) {
      return inputs.customerType() == RiskInputs.CustomerType.COMPANY
          ? List.of(RiskRule.factor("industry", "none", 0, "industryNone")) : List.of();
    }
    if (IndustryCodes.within(code, model.highRiskIndustries())) {
      return List.of(RiskRule.factor("industry", code, model.value(Parameter.HIGH_RISK_INDUSTRY_POINTS),
          "industryHighRisk"));
    }
    return List.of(RiskRule.factor("industry", code, 0, "industryOther"));
  }
}
