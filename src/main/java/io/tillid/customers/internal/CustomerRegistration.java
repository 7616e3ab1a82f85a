package io.tillid.customers.internal;

import io.tillid.access.AttributeGrants;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a customer: its attributes must lie within the registering principal's grants (no one
 * creates what they could not see), its personal identifiers are stored encrypted, and the
 * registration is audited.
 */
@Component
class CustomerRegistration {

  private final CustomerRepository customers;
  private final CustomerFields fields;
  private final AttributeGrants grants;
  private final AuditTrail audit;
  private final CustomerChecks checks;

  CustomerRegistration(CustomerRepository customers, CustomerFields fields, AttributeGrants grants, AuditTrail audit,
      CustomerChecks checks) {
    this.checks = checks;
    this.customers = customers;
    this.fields = fields;
    this.grants = grants;
    this.audit = audit;
  }

  @Transactional
  UUID register(TenantPrincipal principal, NewCustomer customer) {
    if (!grants.of(principal).permits(customer.attributes())) {
      throw new AccessDeniedException("attributes outside the principal's grants");
    }
    TenantId tenant = principal.tenantId();
    UUID id = UUID.randomUUID();
    customers.insert(tenant, fields.seal(tenant, id, customer, principal.principalId(),
        Instant.now().truncatedTo(ChronoUnit.MILLIS), null));
    audit.record(new AuditEvent(tenant, principal.principalId(), "customer.created", "customer", id.toString(),
        Map.of("type", customer.type().value(), "businessUnit", customer.attributes().businessUnit(),
            "jurisdiction", customer.attributes().jurisdiction())));
    checks.afterChange(tenant, principal.principalId(), id);
    return id;
  }
}
