package io.tillid.risk.internal.model;

import io.tillid.platform.InvalidFieldException;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.internal.reference.CountryRiskTable;
import io.tillid.risk.internal.reference.IndustryCodes;

/** Refuses inputs the model cannot assess, naming the field and the rule, never the value. */
public final class InputCheck {

  static final int MAX_LAYERS = 50;
  static final int MAX_COUNT = 10_000;

  private InputCheck() {}

  public static void check(RiskInputs inputs, CountryRiskTable countries) {
    required("customerId", inputs.customerId());
    required("customerType", inputs.customerType());
    for (RiskInputs.Country country : inputs.countries()) {
      required("countries.role", country.role());
      String field = "countries." + country.role().value();
      required(field, country.code());
      if (!countries.isKnown(country.code())) {
        throw new InvalidFieldException(field, "country",
            "The field '" + field + "' must be a known ISO 3166-1 alpha-2 country code.");
      }
    }
    if (inputs.industryCode() != null && !IndustryCodes.isKnown(inputs.industryCode())) {
      throw new InvalidFieldException("industryCode", "industry",
          "The field 'industryCode' must be a known NACE Rev. 2 code such as 64.19.");
    }
    range("ownershipLayers", inputs.ownershipLayers(), MAX_LAYERS);
    range("foreignOwners", inputs.foreignOwners(), MAX_COUNT);
    range("screening.openPotentialMatches", inputs.screening().openPotentialMatches(), MAX_COUNT);
    range("screening.confirmedMatches", inputs.screening().confirmedMatches(), MAX_COUNT);
    range("screening.confirmedPepMatches", inputs.screening().confirmedPepMatches(), MAX_COUNT);
    range("linkedPersons", inputs.linkedPersons().size(), MAX_COUNT);
    for (RiskInputs.LinkedPerson linked : inputs.linkedPersons()) {
      required("linkedPersons.customerId", linked.customerId());
      required("linkedPersons.role", linked.role());
      range("linkedPersons.openHits", linked.openHits(), MAX_COUNT);
      range("linkedPersons.confirmedHits", linked.confirmedHits(), MAX_COUNT);
    }
  }

  private static void required(String field, Object value) {
    if (value == null) {
      throw new InvalidFieldException(field, "required", "The field '" + field + "' is required.");
    }
  }

  private static void range(String field, int value, int max) {
    if (value < 0 || value > max) {
      throw new InvalidFieldException(field, "range", "The field '" + field + "' must be between 0 and " + max + ".");
    }
  }
}
