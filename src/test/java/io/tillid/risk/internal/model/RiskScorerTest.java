package io.tillid.risk.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.risk.CddLevel;
import io.tillid.risk.RiskAssessment;
import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs.Channel;
import io.tillid.risk.RiskInputs.CountryRole;
import io.tillid.risk.RiskLevel;
import io.tillid.risk.internal.reference.CountryRiskTable;
import io.tillid.risk.internal.reference.CountryRiskTables;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Whole assessments with the default model (version 1) and the shipped table. */
class RiskScorerTest {

  static final CountryRiskTable TABLE = CountryRiskTables.shipped().latest();
  static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

  static RiskAssessment assess(Inputs inputs) {
    return assess(inputs, RiskModel.DEFAULT);
  }

  static RiskAssessment assess(Inputs inputs, RiskModel model) {
    RiskAssessment assessment = RiskScorer.assess(inputs.build(), model, TABLE, TODAY, NOW);
    assertThat(assessment.factors().stream().mapToInt(Factor::points).sum()).as("factors sum to the score")
        .isEqualTo(assessment.score());
    return assessment;
  }

  @ParameterizedTest
  @ValueSource(strings = {"IR", "KP", "MM"})
  void aPersonResidentInAFatfBlackListCountryIsHighWithEnhancedDueDiligence(String country) {
    RiskAssessment a = assess(Inputs.danishPerson().country(CountryRole.RESIDENCE, country));
    assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(a.cddLevel()).isEqualTo(CddLevel.ENHANCED);
    assertThat(a.nextReviewDue()).isEqualTo(TODAY.plusYears(1));
    assertThat(a.factors()).anySatisfy(f -> {
      assertThat(f.factor()).isEqualTo("country.residence.fatf");
      assertThat(f.reason()).isEqualTo("risk.reason.fatfBlack");
      assertThat(f.minimumLevel()).isEqualTo(RiskLevel.HIGH);
    });
  }

  @Test
  void theBlackListMakesHighEvenWhenATenantGivesItNoPoints() {
    Map<Parameter, Integer> values = new EnumMap<>(RiskModel.DEFAULT.values());
    values.put(Parameter.FATF_BLACK_POINTS, 0);
    values.put(Parameter.BASEL_HIGH_POINTS, 0);
    values.put(Parameter.EU_HIGH_RISK_POINTS, 0);
    RiskModel lenient = new RiskModel(2, values, Set.of());
    RiskAssessment a = assess(Inputs.danishPerson().country(CountryRole.NATIONALITY, "KP"), lenient);
    assertThat(a.score()).isLessThan(lenient.value(Parameter.MEDIUM_FROM));
    assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(a.cddLevel()).isEqualTo(CddLevel.ENHANCED);
    assertThat(a.modelVersion()).isEqualTo(2);
  }

  /**
   * A Danish person, not a PEP, standard product, met in person: 5 points (the standard product;
   * Denmark's Basel score 3.51 is in the low band, persons add nothing), below medium's 20, so low
   * risk with simplified due diligence and a review in three years.
   */
  @Test
  void aDanishPersonNotPepWithAStandardProductIsLowWithSimplifiedDueDiligence() {
    RiskAssessment a = assess(Inputs.danishPerson());
    assertThat(a.score()).isEqualTo(5);
    assertThat(a.level()).isEqualTo(RiskLevel.LOW);
    assertThat(a.cddLevel()).isEqualTo(CddLevel.SIMPLIFIED);
    assertThat(a.nextReviewDue()).isEqualTo(LocalDate.of(2029, 11, 24));
    assertThat(a.modelVersion()).isEqualTo(1);
    assertThat(a.referenceDate()).isEqualTo(LocalDate.of(2025, 8, 19));
    assertThat(a.factors()).extracting(Factor::factor).containsExactly("customerType", "country.residence.basel",
        "country.nationality.basel", "pep", "screening", "product", "channel");
  }

  @Test
  void aPepIsHighWithEnhancedDueDiligence() {
    RiskAssessment a = assess(Inputs.danishPerson().pep());
    assertThat(a.score()).isEqualTo(35);
    assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(a.cddLevel()).isEqualTo(CddLevel.ENHANCED);
  }

  /** Bulgaria: FATF grey list, Basel 5.0 (medium band), not on the EU list: 5 + 5 + 20 = 30, medium. */
  @Test
  void theGreyListRaisesTheRisk() {
    RiskAssessment danish = assess(Inputs.danishPerson());
    RiskAssessment grey = assess(Inputs.danishPerson().country(CountryRole.RESIDENCE, "BG"));
    assertThat(grey.score()).isGreaterThanOrEqualTo(danish.score() + 20);
    assertThat(grey.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(grey.cddLevel()).isEqualTo(CddLevel.STANDARD);
    assertThat(grey.nextReviewDue()).isEqualTo(TODAY.plusYears(2));
  }

  @Test
  void aConfirmedWatchListMatchIsHigh() {
    RiskAssessment a = assess(Inputs.danishPerson().screening(0, 1, 0));
    assertThat(a.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(a.cddLevel()).isEqualTo(CddLevel.ENHANCED);
  }

  @Test
  void aRemotelyOnboardedCompanyInAHighRiskIndustryWithForeignLayersIsHigh() {
    RiskAssessment simple = assess(Inputs.danishCompany("62.01"));
    assertThat(simple.score()).isEqualTo(10);
    assertThat(simple.level()).isEqualTo(RiskLevel.LOW);
    RiskAssessment complex = assess(Inputs.danishCompany("92.00").channel(Channel.REMOTE).ownership(3, 2));
    assertThat(complex.score()).isEqualTo(5 + 20 + 5 + 15 + 10 + 10);
    assertThat(complex.level()).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void theSameInputsModelTableAndDayGiveTheSameAssessment() {
    Inputs inputs = Inputs.danishCompany("64.19").country(CountryRole.OWNER, "LB").ownership(2, 1);
    assertThat(assess(inputs)).isEqualTo(assess(inputs));
  }

  @Test
  void thresholdsAndIntervalsComeFromTheModel() {
    Map<Parameter, Integer> values = new EnumMap<>(RiskModel.DEFAULT.values());
    values.put(Parameter.MEDIUM_FROM, 5);
    values.put(Parameter.MEDIUM_REVIEW_MONTHS, 18);
    RiskAssessment a = assess(Inputs.danishPerson(), new RiskModel(3, values, Set.of()));
    assertThat(a.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(a.cddLevel()).isEqualTo(CddLevel.STANDARD);
    assertThat(a.nextReviewDue()).isEqualTo(TODAY.plusMonths(18));
  }
}
