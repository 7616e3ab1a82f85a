package io.tillid.risk.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.risk.RiskInputs;
import io.tillid.risk.RiskInputs.Country;
import io.tillid.risk.RiskInputs.CountryRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputFingerprintTest {

  @Test
  void equalInputsInAnyCountryOrderHaveTheSameFingerprint() {
    RiskInputs a = new RiskInputs(Inputs.CUSTOMER, RiskInputs.CustomerType.PERSON,
        List.of(new Country(CountryRole.RESIDENCE, "dk"), new Country(CountryRole.NATIONALITY, "SE")), null, false,
        null, null, null, 0, 0);
    RiskInputs b = new RiskInputs(Inputs.CUSTOMER, RiskInputs.CustomerType.PERSON,
        List.of(new Country(CountryRole.NATIONALITY, "SE"), new Country(CountryRole.RESIDENCE, "DK")), " ", false,
        RiskInputs.Screening.NONE, RiskInputs.Product.STANDARD, RiskInputs.Channel.IN_PERSON, 0, 0);
    assertThat(InputFingerprint.of(a)).isEqualTo(InputFingerprint.of(b)).hasSize(64);
  }

  @Test
  void anyChangeChangesTheFingerprint() {
    String base = InputFingerprint.of(Inputs.danishPerson().build());
    assertThat(InputFingerprint.of(Inputs.danishPerson().pep().build())).isNotEqualTo(base);
    assertThat(InputFingerprint.of(Inputs.danishPerson().country(CountryRole.RESIDENCE, "SE").build())).isNotEqualTo(base);
    assertThat(InputFingerprint.of(Inputs.danishPerson().screening(1, 0, 0).build())).isNotEqualTo(base);
  }

  @Test
  void linkedPersonsCountOnlyWhenThereAreAny() {
    RiskInputs without = Inputs.danishCompany("64.20").build();
    assertThat(InputFingerprint.of(without)).as("the fingerprint inputs stored before linked persons had")
        .isEqualTo(InputFingerprint.of(new RiskInputs(without.customerId(), without.customerType(), without.countries(),
            without.industryCode(), false, null, null, null, without.ownershipLayers(), 0, null)));
    java.util.UUID person = java.util.UUID.randomUUID();
    String clear = InputFingerprint.of(Inputs.danishCompany("64.20").linked(new RiskInputs.LinkedPerson(person,
        RiskInputs.LinkRole.OWNER, false, 0, 0, null)).build());
    String open = InputFingerprint.of(Inputs.danishCompany("64.20").linked(new RiskInputs.LinkedPerson(person,
        RiskInputs.LinkRole.OWNER, false, 1, 0, null)).build());
    assertThat(clear).isNotEqualTo(InputFingerprint.of(without)).isNotEqualTo(open);
  }
}
