package io.tillid.customers.internal;

import io.tillid.platform.TenantId;
import io.tillid.risk.RiskAssessment;
import io.tillid.screening.CustomerHitsChanged;
import io.tillid.screening.CustomerScreening;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows every change of a customer, in the change's transaction: the customer is screened
 * against the current lists (its hits change accordingly) and its risk re-assessed. Registration
 * calls {@link #afterChange}, an edit {@link #afterEdit} with the fields it changed. When screening
 * changes a customer's hits on its own (a disposition, ongoing monitoring), the risk is re-assessed
 * in that transaction.
 */
@Component
class CustomerChecks {

  /** The input fields screening reads: a change of any of them screens the customer again. */
  static final Set<String> SCREENING_INPUTS = Set.of("name", "birthDate", "nationality", "countryOfResidence",
      "country", "nationalId", "registrationNumber");

  /** The fields the risk model reads (besides the ownership structure and hits, which change elsewhere). */
  static final Set<String> RISK_INPUTS = Set.of("nationality", "countryOfResidence", "country", "industryCode",
      "pepSelfDeclared");

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

  /**
   * Follows an edit that changed the input fields named in {@code changedFields}: screens again (and
   * re-assesses) when screening reads one of them, re-assesses when only a risk input changed.
   */
  @Transactional
  void afterEdit(TenantId tenant, String actor, UUID customerId, Set<String> changedFields) {
    if (changedFields.stream().anyMatch(SCREENING_INPUTS::contains)) {
      afterChange(tenant, actor, customerId);
    } else if (changedFields.stream().anyMatch(RISK_INPUTS::contains)) {
      risk.reassess(tenant, customerId);
    }
  }

  /** Hits changed outside a customer change: the risk follows, in the same transaction. */
  @EventListener
  void hitsChanged(CustomerHitsChanged changed) {
    risk.reassess(changed.tenantId(), changed.customerId());
  }
}
