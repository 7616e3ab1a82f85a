package io.tillid.risk.internal.model;

import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.RiskLevel;
import io.tillid.risk.internal.reference.CountryRiskTable;
import java.util.ArrayList;
import java.util.List;

/** A confirmed true match on a watch list makes the customer high risk; unreviewed hits raise. */
final class ScreeningRule implements RiskRule {

  @Override
  public List<Factor> apply(RiskInputs inputs, RiskModel model, CountryRiskTable countries) {
    RiskInputs.Screening screening = inputs.screening();
    List<Factor> factors = new ArrayList<>();
    if (screening.confirmedMatches() > 0) {
      factors.add(RiskRule.raising("screening.confirmed", Integer.toString(screening.confirmedMatches()),
          model.value(Parameter.CONFIRMED_MATCH_POINTS), "screeningConfirmed", RiskLevel.HIGH));
    }
    if (screening.openPotentialMatches() > 0) {
      factors.add(RiskRule.factor("screening.open", Integer.toString(screening.openPotentialMatches()),
          model.value(Parameter.OPEN_HIT_POINTS), "screeningOpen"));
    }
    if (factors.isEmpty()) {
      factors.add(RiskRule.factor("screening", "0", 0, "screeningClear"));
    }
    return factors;
  }
}
