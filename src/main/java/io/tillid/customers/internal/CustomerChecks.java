package io.tillid.customers.internal;

import io.tillid.platform.TenantId;
import io.tillid.risk.RiskAssessment;
import io.tillid.screening.CustomerHitsChanged;
import io.tillid.screening.CustomerScreening;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
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
 * in that transaction. Every such change also re-assesses the companies the customer is linked to
 * (as owner, beneficial owner or member of the management), down the ownership chains.
 */
@Component
class CustomerChecks {

  /** The input fields screening reads: a change of any of them screens the customer again. */
  static final Set<String> SCREENING_INPUTS = Set.of("name", "birthDate", "nationality", "countryOfResidence",
      "country", "nationalId", "registrationNumber");

  /** The fields the risk model reads (besides the ownership structure and hits, which change elsewhere). */
  static final Set<String> RISK_INPUTS = Set.of("nationality", "countryOfResidence", "country", "industryCode",
      "pepSelfDeclared", "product", "channel");

  /** The most companies one change re-assesses through its links. */
  static final int MAX_LINKED = 500;

  private final CustomerRepository customers;
  private final CustomerScreeningSubjects subjects;
  private final CustomerScreening screening;
  private final CustomerRiskAssessment risk;
  private final OwnershipRepository ownership;
  private final CustomerRoleRepository roles;

  CustomerChecks(CustomerRepository customers, CustomerScreeningSubjects subjects, CustomerScreening screening,
      CustomerRiskAssessment risk, OwnershipRepository ownership, CustomerRoleRepository roles) {
    this.ownership = ownership;
    this.roles = roles;
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
    RiskAssessment assessment = risk.reassess(tenant, customerId);
    reassessLinked(tenant, customerId);
    return assessment;
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
      reassessLinked(tenant, customerId);
    }
  }

  /**
   * Hits changed outside a customer change: the risk follows, in the same transaction, and so does
   * the risk of the companies the customer is linked to.
   */
  @EventListener
  void hitsChanged(CustomerHitsChanged changed) {
    risk.reassess(changed.tenantId(), changed.customerId());
    reassessLinked(changed.tenantId(), changed.customerId());
  }

  /**
   * Re-assesses the companies whose risk reads the customer: those it holds a share of or a role in,
   * and, down the ownership chains, the companies those hold shares of. Each company once (cycles end
   * the walk), at most {@link #MAX_LINKED} of them. Call in the transaction of the change.
   */
  void reassessLinked(TenantId tenant, UUID customerId) {
    Set<UUID> seen = new HashSet<>();
    seen.add(customerId);
    Deque<UUID> next = new ArrayDeque<>();
    next.add(customerId);
    int reassessed = 0;
    while (!next.isEmpty() && reassessed < MAX_LINKED) {
      UUID current = next.poll();
      List<UUID> dependents = new ArrayList<>(ownership.companiesOwnedBy(tenant, current));
      dependents.addAll(roles.companiesOf(tenant, current));
      for (UUID company : dependents) {
        if (seen.add(company) && reassessed < MAX_LINKED) {
          risk.reassess(tenant, company);
          reassessed++;
          next.add(company);
        }
      }
    }
  }
}
