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
  private final CustomerRepository repository;
  private final io.tillid.access.AttributeGrants grants;

  CustomerDirectoryAdapter(VisibleCustomers customers, CustomerRepository repository,
      io.tillid.access.AttributeGrants grants) {
    this.customers = customers;
    this.repository = repository;
    this.grants = grants;
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.Map<UUID, CustomerRef> visible(TenantPrincipal principal, java.util.Collection<UUID> customerIds) {
    io.tillid.access.Grants granted = grants.of(principal);
    java.util.Map<UUID, CustomerRef> found = new java.util.HashMap<>();
    for (StoredCustomer customer : repository.byIds(principal.tenantId(), java.util.Set.copyOf(customerIds))) {
      if (granted.permits(customer.attributes())) {
        found.put(customer.id(), ref(customer));
      }
    }
    return found;
  }

  private static CustomerRef ref(StoredCustomer customer) {
    return new CustomerRef(customer.id(), customer.type().value(), customer.name(), customer.attributes());
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.List<ReviewDue> reviewsDue(TenantPrincipal principal, java.time.LocalDate until, int limit) {
    return repository.reviewsDue(principal.tenantId(), grants.filter(grants.of(principal), CustomerRepository.COLUMNS),
        until, limit).stream()
        .map(due -> new ReviewDue(ref(due.customer()), due.dueOn()))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public java.util.List<ReviewFalling> reviewsFalling(io.tillid.platform.TenantId tenant, java.time.LocalDate from,
      java.time.LocalDate until, int limit) {
    return repository.reviewsFalling(tenant, from, until, limit);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CustomerRef> visible(TenantPrincipal principal, UUID customerId) {
    try {
      StoredCustomer customer = customers.load(principal, customerId);
      return Optional.of(ref(customer));
    } catch (CustomerNotFound e) {
      return Optional.empty();
    }
  }
}
