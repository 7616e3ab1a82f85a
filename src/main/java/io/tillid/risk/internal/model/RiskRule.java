package io.tillid.risk.internal.model;

import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.RiskLevel;
import io.tillid.risk.internal.reference.CountryRiskTable;
import java.util.List;

/** One factor of the model: looks at the inputs and says what it adds to the score, and why. */
interface RiskRule {

  List<Factor> apply(RiskInputs inputs, RiskModel model, CountryRiskTable countries);

  static Factor factor(String id, String input, int points, String reason) {
    return new Factor(id, input, points, "risk.reason." + reason, null);
  }

  static Factor raising(String id, String input, int points, String reason, RiskLevel atLeast) {
    return new Factor(id, input, points, "risk.reason." + reason, atLeast);
  }
}
