package io.tillid.risk;

import io.tillid.platform.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The risk module's API: assesses customers with their tenant's current risk model and keeps every
 * assessment. Each method enters the tenant's {@link io.tillid.platform.TenantScope} itself; a
 * caller inside a transaction must already be in that tenant's scope.
 *
 * <p>Bad inputs (unknown country or industry code, negative counts, a missing customer id or type)
 * are refused with {@link io.tillid.platform.InvalidFieldException} naming the field, such as
 * {@code countries.residence} or {@code industryCode}, and nothing is stored.
 */
public interface RiskAssessments {

  /** Assesses without storing anything (a preview): today, current model, current reference table. */
  RiskAssessment assess(TenantId tenant, RiskInputs inputs);

  /**
   * Assesses and stores the result as the customer's latest assessment; earlier ones are kept.
   *
   * <p>Idempotent: when the customer's latest stored assessment was made from the same inputs with
   * the same model version and the same reference table, no new row is written and that stored
   * assessment is returned unchanged (same id, same date, same next review). So callers may
   * re-assess on every customer event; only a real change of inputs, model or reference data
   * gives a new assessment; a new one is audited as {@code risk.assessed} and published as
   * {@link RiskAssessed} in the same transaction.
   */
  RiskAssessment assessAndStore(TenantId tenant, RiskInputs inputs);

  /** The customer's latest stored assessment, if any. */
  Optional<RiskAssessment> latest(TenantId tenant, UUID customerId);

  /** Every stored assessment of the customer, newest first. */
  List<RiskAssessment> history(TenantId tenant, UUID customerId);
}
