package io.tillid.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of assessing one customer with one version of its tenant's risk model against one
 * version of the reference tables. The score is the sum of the factors' points; the level follows
 * from the model's thresholds, raised to the highest {@link Factor#minimumLevel()} any factor
 * demands; the CDD level follows from the level.
 *
 * @param id the stored assessment's id (null for one not stored)
 * @param customerId the customer assessed
 * @param score sum of the factors' points
 * @param level low, medium or high
 * @param cddLevel simplified, standard or enhanced due diligence
 * @param factors every factor's contribution, in the model's order
 * @param nextReviewDue when the customer is to be reviewed next (review interval of the level)
 * @param modelVersion the version of the tenant's risk model used
 * @param referenceDate the "as of" date of the country risk table used
 * @param assessedAt when it was assessed
 */
public record RiskAssessment(UUID id, UUID customerId, int score, RiskLevel level, CddLevel cddLevel,
    List<Factor> factors, LocalDate nextReviewDue, int modelVersion, LocalDate referenceDate, Instant assessedAt) {

  public RiskAssessment {
    factors = List.copyOf(factors);
  }

  /**
   * One factor's contribution, explained as data.
   *
   * @param factor the factor's id, such as {@code country.residence.fatf} or {@code pep}
   * @param input the value looked at, such as {@code IR}, {@code 92.00} or {@code true} (never personal identifiers)
   * @param points what it adds to the score
   * @param reason a message key saying why, such as {@code risk.reason.fatfBlack}
   * @param minimumLevel the level this factor raises the outcome to at least, or null
   */
  public record Factor(String factor, String input, int points, String reason, RiskLevel minimumLevel) {}

  /** The same assessment with its storage identity. */
  public RiskAssessment stored(UUID storedId, Instant storedAt) {
    return new RiskAssessment(storedId, customerId, score, level, cddLevel, factors, nextReviewDue, modelVersion,
        referenceDate, storedAt);
  }
}
