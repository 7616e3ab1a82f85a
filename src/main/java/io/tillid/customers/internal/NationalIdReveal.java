package io.tillid.customers.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.PermissionChecker;
import io.tillid.platform.Permissions;
import io.tillid.platform.TenantPrincipal;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows a customer with its national identifier unmasked, to a principal holding
 * {@code customers.reveal} whose grants cover the customer; every reveal is in the audit trail,
 * committed before the value is returned.
 */
@Component
class NationalIdReveal {

  private final VisibleCustomers customers;
  private final CustomerViews views;
  private final PermissionChecker permissions;
  private final AuditTrail audit;

  NationalIdReveal(VisibleCustomers customers, CustomerViews views, PermissionChecker permissions, AuditTrail audit) {
    this.customers = customers;
    this.views = views;
    this.permissions = permissions;
    this.audit = audit;
  }

  @Transactional
  CustomerView reveal(TenantPrincipal principal, UUID id) {
    if (!permissions.has(principal, Permissions.CUSTOMERS_REVEAL)) {
      throw new AccessDeniedException("reveal needs customers.reveal");
    }
    StoredCustomer customer = customers.load(principal, id);
    CustomerView view = views.revealed(principal.tenantId(), customer);
    if (customer.nationalId() != null) {
      audit.record(AuditEvent.of(principal.tenantId(), principal.principalId(), "customer.national_id.revealed",
          "customer", id.toString()));
    }
    return view;
  }
}
