package io.tillid.risk.internal.model;

import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.RiskInputs.LinkedPerson;
import io.tillid.risk.RiskLevel;
import io.tillid.risk.internal.reference.CountryRiskTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A company takes on the risk of the persons linked to it (beneficial owners, owners, management;
 * FATF Recommendation 10 and 12, EU AMLD Art. 18 and 20): each linked person adds the points of the
 * gravest thing known about it, once: a confirmed watch-list match (the company becomes high risk),
 * being a politically exposed person, unreviewed screening hits, or its own high risk. Together at
 * most the model's cap. The factor names the person by id and role, never by name.
 */
final class LinkedPersonRule implements RiskRule {

  @Override
  public List<Factor> apply(RiskInputs inputs, RiskModel model, CountryRiskTable countries) {
    if (inputs.customerType() != RiskInputs.CustomerType.COMPANY || inputs.linkedPersons().isEmpty()) {
      return List.of();
    }
    List<Factor> factors = new ArrayList<>();
    int left = model.value(Parameter.LINKED_MAX_POINTS);
    for (LinkedPerson linked : inputs.linkedPersons()) {
      String kind;
      int points;
      if (linked.confirmedHits() > 0) {
        kind = "confirmed";
        points = model.value(Parameter.LINKED_CONFIRMED_MATCH_POINTS);
      } else if (linked.pep()) {
        kind = "pep";
        points = model.value(Parameter.LINKED_PEP_POINTS);
      } else if (linked.openHits() > 0) {
        kind = "open";
        points = model.value(Parameter.LINKED_OPEN_HIT_POINTS);
      } else if (linked.level() == RiskLevel.HIGH) {
        kind = "high";
        points = model.value(Parameter.LINKED_HIGH_RISK_POINTS);
      } else {
        continue;
      }
      int granted = Math.min(left, points);
      left -= granted;
      String id = "linked." + linked.role().value() + "." + kind;
      String reason = "linked." + kind + "." + linked.role().value();
      String input = linked.customerId().toString();
      factors.add("confirmed".equals(kind) ? RiskRule.raising(id, input, granted, reason, RiskLevel.HIGH)
          : RiskRule.factor(id, input, granted, reason));
    }
    if (factors.isEmpty()) {
      factors.add(RiskRule.factor("linked", Integer.toString(inputs.linkedPersons().size()), 0, "linked.clear"));
    }
    return factors;
  }
}
