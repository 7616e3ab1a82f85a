package io.tillid.customers.internal;

import io.tillid.customers.CustomerDirectory;
import io.tillid.customers.CustomerRef;
import io.tillid.platform.TenantPrincipal;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link CustomerDirectory} over the customer table, with the same check on load as the customer pages. */
@Component
class CustomerDirectoryAdapter implements CustomerDirectory {

  private final VisibleCustomers customers;

  CustomerDirectoryAdapter(VisibleCustomers customers) {
    this.customers = customers;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CustomerRef> visible(TenantPrincipal principal, UUID customerId) {
    try {
      StoredCustomer customer = customers.load(principal, customerId);
      return Optional.of(new CustomerRef(customer.id(), customer.type().value(), customer.name(),
          customer.attributes()));
    } catch (CustomerNotFound e) {
      return Optional.empty();
    }
  }
}
