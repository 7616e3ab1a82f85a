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

  /**
   * Those of the customers that the principal may see, by id, read at once (for lists of objects
   * about customers); the others are simply absent.
   */
  java.util.Map<UUID, CustomerRef> visible(TenantPrincipal principal, java.util.Collection<UUID> customerIds);

  /** A customer whose periodic review is due on or before a date, and when. */
  record ReviewDue(CustomerRef customer, java.time.LocalDate dueOn) {}

  /**
   * The customers the principal may see (filtered in SQL by its grants) whose next periodic review,
   * set by their latest risk assessment, is due on or before {@code until}, the most overdue first;
   * customers whose relationship has ended are left out. At most {@code limit}.
   */
  java.util.List<ReviewDue> reviewsDue(TenantPrincipal principal, java.time.LocalDate until, int limit);

  /**
   * For the platform's own jobs (no principal, no grants): ids of the tenant's customers whose next
   * periodic review falls on a day from {@code from} to {@code until}, earliest first, customers
   * whose relationship has ended left out. At most {@code limit}. Call it in the tenant's scope.
   */
  java.util.List<ReviewFalling> reviewsFalling(io.tillid.platform.TenantId tenant, java.time.LocalDate from,
      java.time.LocalDate until, int limit);

  /** A customer (by id only) whose review is due on a day. */
  record ReviewFalling(UUID customerId, java.time.LocalDate dueOn) {}
}
