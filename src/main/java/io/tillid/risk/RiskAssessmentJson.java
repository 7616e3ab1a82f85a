package io.tillid.risk;

import java.util.List;

/**
 * The JSON representation of an assessment, as the public contract has it for
 * {@code GET /api/v1/customers/{id}/risk}: {@code score}, {@code level} (low, medium, high),
 * {@code cddLevel} (simplified, standard, enhanced), {@code factors} and {@code nextReviewDue}
 * (ISO date), extended by the model version, the reference table's date and when it was assessed.
 */
public record RiskAssessmentJson(int score, String level, String cddLevel, List<FactorJson> factors,
    String nextReviewDue, int modelVersion, String referenceDate, String assessedAt) {

  public RiskAssessmentJson {
    factors = List.copyOf(factors);
  }

  /** One factor: its id, the value looked at, its points, the reason's message key and the level it forces, if any. */
  public record FactorJson(String factor, String input, int points, String reason, String minimumLevel) {}

  /** Maps an assessment to its JSON representation. */
  public static RiskAssessmentJson of(RiskAssessment assessment) {
    List<FactorJson> factors = assessment.factors().stream()
        .map(f -> new FactorJson(f.factor(), f.input(), f.points(), f.reason(),
            f.minimumLevel() == null ? null : f.minimumLevel().value()))
        .toList();
    return new RiskAssessmentJson(assessment.score(), assessment.level().value(), assessment.cddLevel().value(),
        factors, assessment.nextReviewDue().toString(), assessment.modelVersion(),
        assessment.referenceDate().toString(), assessment.assessedAt() == null ? null : assessment.assessedAt().toString());
  }
}
