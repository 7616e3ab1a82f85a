package io.tillid.risk.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.tillid.platform.InvalidFieldException;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.RiskInputs.CountryRole;
import io.tillid.risk.internal.reference.CountryRiskTable;
import io.tillid.risk.internal.reference.CountryRiskTables;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputCheckTest {

  static final CountryRiskTable TABLE = CountryRiskTables.shipped().latest();

  static InvalidFieldException refused(RiskInputs inputs) {
    return catchThrowableOfType(InvalidFieldException.class, () -> InputCheck.check(inputs, TABLE));
  }

  @Test
  void validInputsPass() {
    assertThatCode(() -> InputCheck.check(Inputs.danishPerson().build(), TABLE)).doesNotThrowAnyException();
    assertThatCode(() -> InputCheck.check(Inputs.danishCompany("641900").country(CountryRole.OWNER, "xk").build(), TABLE))
        .doesNotThrowAnyException();
  }

  @Test
  void anUnknownCountryIsRefusedNamingItsRole() {
    InvalidFieldException e = refused(Inputs.danishPerson().country(CountryRole.RESIDENCE, "ZZ").build());
    assertThat(e.field()).isEqualTo("countries.residence");
    assertThat(e.rule()).isEqualTo("country");
    assertThat(e.getMessage()).doesNotContain("ZZ");
    assertThat(refused(Inputs.danishPerson().country(CountryRole.NATIONALITY, null).build()).field())
        .isEqualTo("countries.nationality");
    assertThat(refused(Inputs.danishPerson().country(CountryRole.NATIONALITY, "Denmark").build()).rule())
        .isEqualTo("country");
  }

  @Test
  void anUnknownIndustryCodeIsRefused() {
    InvalidFieldException e = refused(Inputs.danishCompany("04.11").build());
    assertThat(e.field()).isEqualTo("industryCode");
    assertThat(e.rule()).isEqualTo("industry");
  }

  @Test
  void countsMustBeInRangeAndIdsPresent() {
    assertThat(refused(Inputs.danishCompany(null).ownership(-1, 0).build()).field()).isEqualTo("ownershipLayers");
    assertThat(refused(Inputs.danishCompany(null).ownership(1, -2).build()).field()).isEqualTo("foreignOwners");
    assertThat(refused(Inputs.danishPerson().screening(-1, 0, 0).build()).field())
        .isEqualTo("screening.openPotentialMatches");
    assertThat(refused(new RiskInputs(null, RiskInputs.CustomerType.PERSON, List.of(), null, false, null, null, null,
        0, 0)).field()).isEqualTo("customerId");
    assertThat(refused(new RiskInputs(Inputs.CUSTOMER, null, List.of(), null, false, null, null, null, 0, 0)).field())
        .isEqualTo("customerType");
  }
}
