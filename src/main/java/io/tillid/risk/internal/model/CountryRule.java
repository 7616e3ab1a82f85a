package io.tillid.risk.internal.model;

import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.RiskLevel;
import io.tillid.risk.internal.reference.CountryRisk;
import io.tillid.risk.internal.reference.CountryRiskTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Each of the customer's countries (residence, nationality, registration, owners'): its Basel AML
 * Index band, then the FATF lists (black: high risk whatever the score; grey: raises) and the EU
 * list of high-risk third countries: points, and high risk when the customer or an owner is
 * established there (residence, registration, owner), since EU law (AMLD Art. 18a) requires
 * enhanced due diligence then; a nationality alone is not establishment and only adds the points.
 */
final class CountryRule implements RiskRule {

  @Override
  public List<Factor> apply(RiskInputs inputs, RiskModel model, CountryRiskTable countries) {
    List<Factor> factors = new ArrayList<>();
    for (RiskInputs.Country country : inputs.countries()) {
      String prefix = "country." + country.role().value();
      Optional<CountryRisk> risk = countries.of(country.code());
      if (risk.isEmpty() || risk.get().baselScore() == null) {
        factors.add(RiskRule.factor(prefix + ".basel", country.code(), model.value(Parameter.UNRATED_COUNTRY_POINTS),
            "countryNotRated"));
      } else {
        factors.add(basel(prefix, country.code(), risk.get().baselScore(), model));
      }
      boolean established = country.role() != RiskInputs.CountryRole.NATIONALITY;
      risk.ifPresent(r -> lists(prefix, r, established, model, factors));
    }
    return factors;
  }

  static Factor basel(String prefix, String code, double score, RiskModel model) {
    int tenths = (int) Math.round(score * 10);
    String input = code + " " + String.format(Locale.ROOT, "%.2f", score);
    if (tenths >= model.value(Parameter.BASEL_HIGH_FROM)) {
      return RiskRule.factor(prefix + ".basel", input, model.value(Parameter.BASEL_HIGH_POINTS), "baselHigh");
    }
    if (tenths >= model.value(Parameter.BASEL_MEDIUM_FROM)) {
      return RiskRule.factor(prefix + ".basel", input, model.value(Parameter.BASEL_MEDIUM_POINTS), "baselMedium");
    }
    return RiskRule.factor(prefix + ".basel", input, 0, "baselLow");
  }

  private static void lists(String prefix, CountryRisk risk, boolean established, RiskModel model,
      List<Factor> factors) {
    if (risk.fatfBlack()) {
      factors.add(RiskRule.raising(prefix + ".fatf", risk.code(), model.value(Parameter.FATF_BLACK_POINTS), "fatfBlack",
          RiskLevel.HIGH));
    } else if (risk.fatfGrey()) {
      factors.add(RiskRule.factor(prefix + ".fatf", risk.code(), model.value(Parameter.FATF_GREY_POINTS), "fatfGrey"));
    }
    if (risk.euHighRisk()) {
      factors.add(established
          ? RiskRule.raising(prefix + ".euHighRisk", risk.code(), model.value(Parameter.EU_HIGH_RISK_POINTS),
              "euHighRiskEstablished", RiskLevel.HIGH)
          : RiskRule.factor(prefix + ".euHighRisk", risk.code(), model.value(Parameter.EU_HIGH_RISK_POINTS), "euHighRisk"));
    }
  }
}
