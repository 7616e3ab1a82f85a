package io.tillid.risk.internal.model;

import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.internal.reference.CountryRiskTable;
import java.util.List;
import java.util.Locale;

/** The product's grading and the onboarding channel: non-face-to-face raises, less so with a qualified eID. */
final class ProductChannelRule implements RiskRule {

  @Override
  public List<Factor> apply(RiskInputs inputs, RiskModel model, CountryRiskTable countries) {
    String product = inputs.product().name().toLowerCase(Locale.ROOT);
    int productPoints = switch (inputs.product()) {
      case LOW -> 0;
      case STANDARD -> model.value(Parameter.STANDARD_PRODUCT_POINTS);
      case HIGH -> model.value(Parameter.HIGH_PRODUCT_POINTS);
    };
    String channel = inputs.channel().name().toLowerCase(Locale.ROOT);
    int channelPoints = switch (inputs.channel()) {
      case IN_PERSON -> 0;
      case REMOTE_EID -> model.value(Parameter.REMOTE_EID_POINTS);
      case REMOTE -> model.value(Parameter.REMOTE_POINTS);
    };
    return List.of(RiskRule.factor("product", product, productPoints, "product." + product),
        RiskRule.factor("channel", channel, channelPoints, "channel." + channel));
  }
}
