package io.tillid.customers.internal;

import io.tillid.platform.TenantId;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What follows a change of a customer's own fields, in the transaction of the change: the one place
 * every edit goes through, so work that depends on the customer's data (the risk assessment now,
 * screening when it lands) joins here instead of in each use case.
 */
@Component
class CustomerChanges {

  /** The fields the risk model reads (besides the ownership structure, which changes elsewhere). */
  static final Set<String> RISK_INPUTS = Set.of("nationality", "countryOfResidence", "country", "industryCode",
      "pepSelfDeclared");

  private final CustomerRiskAssessment risk;

  CustomerChanges(CustomerRiskAssessment risk) {
    this.risk = risk;
  }

  /**
   * Called after the customer's fields named in {@code changedFields} (input names such as
   * {@code name}, {@code countryOfResidence}) were stored: re-assesses its risk when an input of
   * the risk model changed.
   */
  void afterChange(TenantId tenant, UUID customerId, Set<String> changedFields) {
    if (changedFields.stream().anyMatch(RISK_INPUTS::contains)) {
      risk.reassess(tenant, customerId);
    }
  }
}
