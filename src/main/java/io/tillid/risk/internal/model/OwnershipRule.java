package io.tillid.risk.internal.model;

import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.internal.reference.CountryRiskTable;
import java.util.List;

/**
 * A company's ownership complexity: points per layer beyond the first and per foreign owner,
 * together at most the model's cap (what the cap removes is taken from the foreign owners' share).
 */
final class OwnershipRule implements RiskRule {

  @Override
  public List<Factor> apply(RiskInputs inputs, RiskModel model, CountryRiskTable countries) {
    if (inputs.customerType() != RiskInputs.CustomerType.COMPANY) {
      return List.of();
    }
    int cap = model.value(Parameter.OWNERSHIP_MAX_POINTS);
    int extraLayers = Math.max(0, inputs.ownershipLayers() - 1);
    int layerPoints = Math.min(cap, extraLayers * model.value(Parameter.OWNERSHIP_LAYER_POINTS));
    int ownerPoints = Math.min(cap - layerPoints, inputs.foreignOwners() * model.value(Parameter.FOREIGN_OWNER_POINTS));
    return List.of(
        RiskRule.factor("ownership.layers", Integer.toString(inputs.ownershipLayers()), layerPoints,
            extraLayers == 0 ? "ownershipSimple" : "ownershipLayers"),
        RiskRule.factor("ownership.foreignOwners", Integer.toString(inputs.foreignOwners()), ownerPoints,
            inputs.foreignOwners() == 0 ? "noForeignOwners" : "foreignOwners"));
  }
}
