package io.tillid.cases;

import io.tillid.platform.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * A KYC case was opened or moved to another state, published in the transaction of the change (a
 * listener that writes in that transaction commits or rolls back with it). Ids and states only.
 *
 * @param tenant the case's tenant
 * @param caseId the case
 * @param customerId the customer the case is about
 * @param status the case's state now ({@code draft}, {@code awaiting_customer}, {@code in_review},
 *     {@code approved}, {@code rejected})
 * @param action what happened, as in the audit trail ({@code case.opened}, {@code case.submitted}, ...)
 * @param occurredAt when
 */
public record CaseStatusChanged(TenantId tenant, UUID caseId, UUID customerId, String status, String action,
    Instant occurredAt) {}
