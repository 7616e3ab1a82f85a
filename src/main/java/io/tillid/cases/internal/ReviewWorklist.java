package io.tillid.cases.internal;

import io.tillid.customers.CustomerDirectory;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.TenantPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The periodic reviews a principal has to see to: customers (within its grants) whose review, set
 * by the risk assessment (high risk yearly, medium every two years, low every three, by default), is
 * overdue or due within the coming days. A review is done by opening and approving a KYC case.
 */
@Component
class ReviewWorklist {

  static final int DEFAULT_DAYS = 30;
  static final int MAX_DAYS = 366;
  static final int LIMIT = 500;

  private final CustomerDirectory customers;
  private final Clock clock = Clock.systemUTC();

  ReviewWorklist(CustomerDirectory customers) {
    this.customers = customers;
  }

  /** One review: overdue when its date has passed, due otherwise. */
  record Review(UUID customerId, String name, String type, LocalDate dueOn, String status) {}

  List<Review> within(TenantPrincipal principal, Integer days) {
    int window = days == null ? DEFAULT_DAYS : days;
    if (window < 0 || window > MAX_DAYS) {
      throw new InvalidFieldException("within", "window", "The parameter 'within' must be 0 to " + MAX_DAYS + " days.");
    }
    LocalDate today = LocalDate.now(clock);
    return customers.reviewsDue(principal, today.plusDays(window), LIMIT).stream()
        .map(due -> new Review(due.customer().id(), due.customer().name(), due.customer().type(), due.dueOn(),
            due.dueOn().isBefore(today) ? "overdue" : "due"))
        .toList();
  }
}
