package io.tillid.cases.internal;

import io.tillid.customers.CustomerDirectory;
import io.tillid.customers.CustomerRef;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.TenantPrincipal;
import io.tillid.risk.RiskAssessment;
import io.tillid.risk.RiskAssessments;
import io.tillid.risk.RiskLevel;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a KYC case about a customer the principal may see. The case takes the customer's dataset
 * attributes, so whoever may not see the customer does not see its cases either. The CDD level is
 * the customer's latest risk assessment's (standard if it has none); the preparer may raise it,
 * never lower it. A high-risk customer's case needs four eyes whatever its level.
 */
@Component
class CaseOpening {

  private final CustomerDirectory customers;
  private final CaseRepository cases;
  private final CaseEvents events;
  private final RiskAssessments risk;

  CaseOpening(CustomerDirectory customers, CaseRepository cases, CaseEvents events, RiskAssessments risk) {
    this.risk = risk;
    this.customers = customers;
    this.cases = cases;
    this.events = events;
  }

  @Transactional
  KycCase open(TenantPrincipal principal, String customerId, String requestedLevel) {
    UUID id;
    try {
      id = UUID.fromString(customerId == null ? "" : customerId.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException("customerId", "customer-id", "The field 'customerId' must be a customer id.");
    }
    CustomerRef customer = customers.visible(principal, id).orElseThrow(() -> new InvalidFieldException(
        "customerId", "unknown-customer", "The field 'customerId' names no customer you may see."));
    Optional<RiskAssessment> assessment = risk.latest(principal.tenantId(), customer.id());
    // a customer not (yet) assessed gets standard due diligence
    CddLevel assessed = assessment.map(a -> CddLevel.parse("cddLevel", a.cddLevel().name().toLowerCase(Locale.ROOT)))
        .orElse(CddLevel.STANDARD);
    boolean highRisk = assessment.map(a -> a.level() == RiskLevel.HIGH).orElse(false);
    CddLevel level = requestedLevel == null || requestedLevel.isBlank() ? assessed
        : CddLevel.parse("cddLevel", requestedLevel.strip());
    if (level.compareTo(assessed) < 0) {
      throw new InvalidFieldException("cddLevel", "below-assessed", "The field 'cddLevel' may not be lower than the "
          + "customer's assessed level.");
    }
    KycCase opened = KycCase.open(customer.id(), customer.type(), customer.attributes(), level, highRisk,
        principal.principalId());
    cases.insert(principal.tenantId(), opened, principal.principalId());
    events.publish(principal.tenantId(), opened);
    return opened;
  }
}
