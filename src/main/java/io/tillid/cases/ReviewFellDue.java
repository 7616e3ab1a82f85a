package io.tillid.cases;

import io.tillid.platform.TenantId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A customer's periodic review fell due: published once per customer and due date, in the
 * transaction that notes it, by the job that looks for reviews falling due.
 *
 * @param tenant the customer's tenant
 * @param customerId the customer to review
 * @param dueOn the day the review is due
 */
public record ReviewFellDue(TenantId tenant, UUID customerId, LocalDate dueOn) {}
