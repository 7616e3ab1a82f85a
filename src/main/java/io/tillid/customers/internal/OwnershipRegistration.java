package io.tillid.customers.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.customers.internal.OwnershipGraph.Holding;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.TenantPrincipal;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a customer holds a share of a company customer. Both must be visible to the
 * principal; the shares (and voting shares) held in the company may not add up to more than 100%.
 */
@Component
class OwnershipRegistration {

  private static final double ROUNDING = 1e-9;

  private final VisibleCustomers customers;
  private final OwnershipRepository ownership;
  private final AuditTrail audit;
  private final CustomerRiskAssessment risk;
  private final CustomerChecks checks;

  OwnershipRegistration(VisibleCustomers customers, OwnershipRepository ownership, AuditTrail audit,
      CustomerRiskAssessment risk, CustomerChecks checks) {
    this.risk = risk;
    this.checks = checks;
    this.customers = customers;
    this.ownership = ownership;
    this.audit = audit;
  }

  @Transactional
  Holding add(TenantPrincipal principal, UUID companyId, OwnerInput input) {
    StoredCustomer company = customers.load(principal, companyId);
    if (company.type() != CustomerType.COMPANY) {
      throw new InvalidFieldException("id", "not-company", "Only a company customer has owners.");
    }
    Holding holding = input.validate(companyId);
    try {
      customers.load(principal, holding.owner());
    } catch (CustomerNotFound e) {
      throw new InvalidFieldException("ownerId", "unknown-customer", "The field 'ownerId' names no customer you may see.");
    }
    ownership.lockCompany(principal.tenantId(), companyId);
    double shares = holding.share();
    double votes = holding.votes();
    for (Holding other : ownership.ownersOf(principal.tenantId(), companyId)) {
      if (!other.owner().equals(holding.owner())) {
        shares += other.share();
        votes += other.votes();
      }
    }
    if (shares > 1 + ROUNDING) {
      throw new InvalidFieldException("share", "above-total", "The field 'share' would bring the shares held in "
          + "this company above 100%.");
    }
    if (votes > 1 + ROUNDING) {
      throw new InvalidFieldException("votingShare", "above-total", "The field 'votingShare' would bring the voting "
          + "rights in this company above 100%.");
    }
    ownership.save(principal.tenantId(), holding, principal.principalId());
    audit.record(new AuditEvent(principal.tenantId(), principal.principalId(), "customer.owner.set", "customer",
        companyId.toString(), Map.of("ownerId", holding.owner().toString(), "share", Double.toString(holding.share()))));
    risk.reassess(principal.tenantId(), companyId);
    checks.reassessLinked(principal.tenantId(), companyId);
    return holding;
  }
}
