package io.tillid.risk.internal.model;

import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.RiskLevel;
import io.tillid.risk.internal.reference.CountryRiskTable;
import java.util.List;

/**
 * A politically exposed person, self-declared or confirmed by screening, is high risk and needs
 * enhanced due diligence (EU AMLD Art. 20; FATF Recommendation 12), whatever the points.
 */
final class PepRule implements RiskRule {

  @Override
  public List<Factor> apply(RiskInputs inputs, RiskModel model, CountryRiskTable countries) {
    boolean screened = inputs.screening().confirmedPepMatches() > 0;
    if (!screened && !inputs.pepSelfDeclared()) {
      return List.of(RiskRule.factor("pep", "false", 0, "notPep"));
    }
    String source = screened ? "screening" : "self-declared";
    return List.of(RiskRule.raising("pep", source, model.value(Parameter.PEP_POINTS), "pep", RiskLevel.HIGH));
  }
}
