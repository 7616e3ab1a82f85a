package io.tillid.risk.internal.model;

import io.tillid.risk.CddLevel;
import io.tillid.risk.RiskAssessment;
import io.tillid.risk.RiskAssessment.Factor;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.RiskLevel;
import io.tillid.risk.internal.reference.CountryRiskTable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Assesses a customer: every rule's factors, their points summed to the score, the level by the
 * model's thresholds raised to the highest level a factor demands, the CDD level by the level, and
 * the next review by the level's interval. Deterministic: the same inputs, model, table and day
 * give the same assessment.
 */
public final class RiskScorer {

  private static final List<RiskRule> RULES = List.of(new CustomerTypeRule(), new CountryRule(), new IndustryRule(),
      new PepRule(), new ScreeningRule(), new ProductChannelRule(), new OwnershipRule(),
      new LinkedPersonRule());

  private RiskScorer() {}

  /** Assesses valid inputs (see {@link InputCheck}); the result has no id yet. */
  public static RiskAssessment assess(RiskInputs inputs, RiskModel model, CountryRiskTable table, LocalDate today,
      Instant now) {
    List<Factor> factors = new ArrayList<>();
    for (RiskRule rule : RULES) {
      factors.addAll(rule.apply(inputs, model, table));
    }
    int score = factors.stream().mapToInt(Factor::points).sum();
    RiskLevel level = model.levelOf(score);
    for (Factor factor : factors) {
      level = level.atLeast(factor.minimumLevel());
    }
    return new RiskAssessment(null, inputs.customerId(), score, level, CddLevel.forLevel(level), factors,
        today.plusMonths(model.reviewMonths(level)), model.version(), table.asOf(), now);
  }
}
