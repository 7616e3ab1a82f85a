package io.tillid.risk.internal.model;

import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.internal.reference.CountryRiskTable;
import java.util.List;

/** Companies add points (their ownership and control must be understood); persons add none. */
final class CustomerTypeRule implements RiskRule {

  @Override
  public List<Factor> apply(RiskInputs inputs, RiskModel model, CountryRiskTable countries) {
    boolean company = inputs.customerType() == RiskInputs.CustomerType.COMPANY;
    return List.of(company
        ? RiskRule.factor("customerType", "company", model.value(Parameter.COMPANY_POINTS), "company")
        : RiskRule.factor("customerType", "person", 0, "person"));
  }
}
