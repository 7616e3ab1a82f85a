package io.tillid.risk.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.risk.RiskAssessment;
import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs.LinkRole;
import io.tillid.risk.RiskInputs.LinkedPerson;
import io.tillid.risk.RiskLevel;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The linked-person factor with the default model: each person once, by its gravest finding, capped. */
class LinkedPersonRuleTest {

  private static final UUID OWNER = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
  private static final UUID MANAGER = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

  @Test
  void aCompanyWithoutLinkedPersonsIsAssessedAsBefore() {
    RiskAssessment plain = RiskScorerTest.assess(Inputs.danishCompany("64.20"));
    assertThat(plain.factors()).noneMatch(f -> f.factor().startsWith("linked"));
  }

  @Test
  void unremarkableLinkedPersonsAddNothing() {
    RiskAssessment clear = RiskScorerTest.assess(Inputs.danishCompany("64.20")
        .linked(new LinkedPerson(OWNER, LinkRole.BENEFICIAL_OWNER, false, 0, 0, RiskLevel.LOW)));
    assertThat(clear.factors()).filteredOn(f -> f.factor().startsWith("linked")).singleElement()
        .satisfies(f -> assertThat(f.points()).isZero()).extracting(Factor::input).isEqualTo("1");
    assertThat(clear.score()).isEqualTo(RiskScorerTest.assess(Inputs.danishCompany("64.20")).score());
  }

  @Test
  void eachPersonCountsOnceByItsGravestFindingNamedByIdAndRole() {
    RiskAssessment assessed = RiskScorerTest.assess(Inputs.danishCompany("64.20")
        .linked(new LinkedPerson(OWNER, LinkRole.BENEFICIAL_OWNER, true, 2, 0, RiskLevel.HIGH))
        .linked(new LinkedPerson(MANAGER, LinkRole.MANAGEMENT, false, 1, 0, RiskLevel.MEDIUM)));
    assertThat(assessed.factors()).filteredOn(f -> f.factor().startsWith("linked")).containsExactly(
        new Factor("linked.beneficialOwner.pep", OWNER.toString(), Parameter.LINKED_PEP_POINTS.defaultValue(),
            "risk.reason.linked.pep.beneficialOwner", null),
        new Factor("linked.management.open", MANAGER.toString(), Parameter.LINKED_OPEN_HIT_POINTS.defaultValue(),
            "risk.reason.linked.open.management", null));
  }

  @Test
  void aConfirmedMatchOfALinkedPersonMakesTheCompanyHighRisk() {
    RiskAssessment assessed = RiskScorerTest.assess(Inputs.danishCompany("64.20")
        .linked(new LinkedPerson(OWNER, LinkRole.OWNER, false, 0, 1, RiskLevel.HIGH)));
    assertThat(assessed.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(assessed.factors()).extracting(Factor::factor).contains("linked.owner.confirmed");
  }

  @Test
  void theModelsCapLimitsWhatLinkedPersonsAdd() {
    Map<Parameter, Integer> values = new EnumMap<>(Parameter.class);
    values.put(Parameter.LINKED_MAX_POINTS, 25);
    RiskModel capped = new RiskModel(2, values, RiskModel.DEFAULT_HIGH_RISK_INDUSTRIES);
    Inputs inputs = Inputs.danishCompany("64.20");
    for (int i = 0; i < 5; i++) {
      inputs.linked(new LinkedPerson(UUID.randomUUID(), LinkRole.MANAGEMENT, true, 0, 0, null));
    }
    RiskAssessment assessed = RiskScorerTest.assess(inputs, capped);
    assertThat(assessed.factors()).filteredOn(f -> f.factor().startsWith("linked")).hasSize(5)
        .extracting(Factor::points).containsExactly(20, 5, 0, 0, 0);
  }

  @Test
  void aPersonIsNotAssessedForLinkedPersons() {
    RiskAssessment person = RiskScorerTest.assess(Inputs.danishPerson()
        .linked(new LinkedPerson(OWNER, LinkRole.MANAGEMENT, true, 0, 0, null)));
    assertThat(person.factors()).noneMatch(f -> f.factor().startsWith("linked"));
  }
}
