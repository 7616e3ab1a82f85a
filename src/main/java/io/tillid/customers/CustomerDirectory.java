package io.tillid.customers;

import io.tillid.platform.TenantPrincipal;
import java.util.Optional;
import java.util.UUID;

/** Customers as other modules see them, through the principal's eyes (tenant and grants). */
public interface CustomerDirectory {

  /**
   * The customer if the principal may see it; empty when it is missing, another tenant's or outside
   * the principal's grants (the refusal is logged like any other).
   */
  Optional<CustomerRef> visible(TenantPrincipal principal, UUID customerId);
}
