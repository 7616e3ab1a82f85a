package io.tillid.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RiskAssessmentJsonTest {

  @Test
  void mapsToTheContractsLowerCaseLevelsAndIsoDates() {
    RiskAssessment assessment = new RiskAssessment(UUID.randomUUID(), UUID.randomUUID(), 55, RiskLevel.HIGH,
        CddLevel.ENHANCED, List.of(new RiskAssessment.Factor("pep", "self-declared", 30, "risk.reason.pep", RiskLevel.HIGH),
            new RiskAssessment.Factor("product", "standard", 5, "risk.reason.product.standard", null)),
        LocalDate.of(2027, 11, 24), 3, LocalDate.of(2025, 8, 19), Instant.parse("2026-11-24T12:00:00Z"));
    RiskAssessmentJson json = RiskAssessmentJson.of(assessment);
    assertThat(json.score()).isEqualTo(55);
    assertThat(json.level()).isEqualTo("high");
    assertThat(json.cddLevel()).isEqualTo("enhanced");
    assertThat(json.nextReviewDue()).isEqualTo("2027-11-24");
    assertThat(json.referenceDate()).isEqualTo("2025-08-19");
    assertThat(json.modelVersion()).isEqualTo(3);
    assertThat(json.assessedAt()).isEqualTo("2026-11-24T12:00:00Z");
    assertThat(json.factors()).containsExactly(
        new RiskAssessmentJson.FactorJson("pep", "self-declared", 30, "risk.reason.pep", "high"),
        new RiskAssessmentJson.FactorJson("product", "standard", 5, "risk.reason.product.standard", null));
  }

  @Test
  void levelsParseBackAndCddFollowsTheLevel() {
    for (RiskLevel level : RiskLevel.values()) {
      assertThat(RiskLevel.parse(level.value())).isEqualTo(level);
    }
    assertThat(CddLevel.forLevel(RiskLevel.LOW)).isEqualTo(CddLevel.SIMPLIFIED);
    assertThat(CddLevel.forLevel(RiskLevel.MEDIUM)).isEqualTo(CddLevel.STANDARD);
    assertThat(CddLevel.forLevel(RiskLevel.HIGH)).isEqualTo(CddLevel.ENHANCED);
    assertThat(RiskLevel.LOW.atLeast(RiskLevel.HIGH)).isEqualTo(RiskLevel.HIGH);
    assertThat(RiskLevel.HIGH.atLeast(null)).isEqualTo(RiskLevel.HIGH);
  }
}
