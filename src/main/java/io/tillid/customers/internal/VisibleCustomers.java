package io.tillid.customers.internal;

import io.tillid.access.AttributeGrants;
import io.tillid.platform.AccessDenials;
import io.tillid.platform.TenantPrincipal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Loads one customer for a principal and checks it on load: a customer of another tenant (row-level
 * security and the tenant filter never return it), one whose attributes the principal's grants do
 * not cover, and a missing one are the same {@link CustomerNotFound}; each refusal is logged.
 */
@Component
class VisibleCustomers {

  private final CustomerRepository customers;
  private final AttributeGrants grants;

  VisibleCustomers(CustomerRepository customers, AttributeGrants grants) {
    this.customers = customers;
    this.grants = grants;
  }

  StoredCustomer load(TenantPrincipal principal, UUID id) {
    Optional<StoredCustomer> found = customers.find(principal.tenantId(), id)
        .filter(customer -> grants.of(principal).permits(customer.attributes()));
    if (found.isEmpty()) {
      AccessDenials.objectNotVisible("customer", id.toString());
      throw new CustomerNotFound();
    }
    return found.get();
  }
}
