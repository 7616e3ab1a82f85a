package io.tillid.customers.internal;

import io.tillid.platform.TenantId;
import io.tillid.risk.RiskAssessment;
import io.tillid.screening.CustomerHitsChanged;
import io.tillid.screening.CustomerScreening;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows every change of a customer, in the change's transaction: the customer is screened
 * against the current lists (its hits change accordingly) and its risk re-assessed. The update path
 * calls {@link #afterChange} just as registration does. When screening changes a customer's hits
 * on its own (a disposition, ongoing monitoring), the risk is re-assessed in that transaction.
 */
@Component
class CustomerChecks {

  private final CustomerRepository customers;
  private final CustomerScreeningSubjects subjects;
  private final CustomerScreening screening;
  private final CustomerRiskAssessment risk;

  CustomerChecks(CustomerRepository customers, CustomerScreeningSubjects subjects, CustomerScreening screening,
      CustomerRiskAssessment risk) {
    this.customers = customers;
    this.subjects = subjects;
    this.screening = screening;
    this.risk = risk;
  }

  /**
   * Screens the customer and re-assesses its risk; call in the transaction of the change.
   *
   * @param actor who changed it ({@code principal.principalId()})
   */
  @Transactional
  RiskAssessment afterChange(TenantId tenant, String actor, UUID customerId) {
    StoredCustomer customer = customers.find(tenant, customerId).orElseThrow(CustomerNotFound::new);
    screening.screen(tenant, actor, subjects.subject(tenant, customer));
    return risk.reassess(tenant, customerId);
  }

  /** Hits changed outside a customer change: the risk follows, in the same transaction. */
  @EventListener
  void hitsChanged(CustomerHitsChanged changed) {
    risk.reassess(changed.tenantId(), changed.customerId());
  }
}
