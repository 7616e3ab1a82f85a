package io.tillid.customers.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tillid.access.AttributeGrants;
import io.tillid.access.Grants;
import io.tillid.platform.TenantPrincipal;
import io.tillid.risk.RiskInputs;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persons linked to a company as its risk assessment sees them: beneficial owners (through
 * chains, or named by a registry), management and owners, each once with its closest role, its
 * screening status and its risk level. A person outside the principal's grants counts, but is shown
 * by id and role alone.
 */
@Component
class LinkedPersons {

  /** One linked person; everything but id and role is null when the person is outside the grants. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Linked(UUID customerId, String role, String name, Boolean pep, Integer openHits, Integer confirmedHits,
      String riskLevel) {

    public boolean masked() {
      return name == null;
    }
  }

  private final VisibleCustomers visible;
  private final CustomerRiskAssessment assessment;
  private final CustomerRepository customers;
  private final AttributeGrants grants;

  LinkedPersons(VisibleCustomers visible, CustomerRiskAssessment assessment, CustomerRepository customers,
      AttributeGrants grants) {
    this.visible = visible;
    this.assessment = assessment;
    this.customers = customers;
    this.grants = grants;
  }

  @Transactional(readOnly = true)
  List<Linked> of(TenantPrincipal principal, UUID companyId) {
    StoredCustomer company = visible.load(principal, companyId);
    if (company.type() != CustomerType.COMPANY) {
      return List.of();
    }
    List<RiskInputs.LinkedPerson> linked = assessment.linkedPersons(principal.tenantId(), companyId);
    Grants granted = grants.of(principal);
    Map<UUID, StoredCustomer> seen = customers.byIds(principal.tenantId(),
            linked.stream().map(RiskInputs.LinkedPerson::customerId).toList()).stream()
        .filter(c -> granted.permits(c.attributes()))
        .collect(Collectors.toMap(StoredCustomer::id, Function.identity()));
    return linked.stream().map(l -> {
      StoredCustomer person = seen.get(l.customerId());
      if (person == null) {
        return new Linked(l.customerId(), l.role().value(), null, null, null, null, null);
      }
      return new Linked(l.customerId(), l.role().value(), person.name(), l.pep(), l.openHits(), l.confirmedHits(),
          l.level() == null ? null : l.level().name().toLowerCase(Locale.ROOT));
    }).toList();
  }
}
