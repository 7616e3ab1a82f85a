package io.tillid.screening;

import io.tillid.platform.TenantId;
import java.util.UUID;

/**
 * A new hit was raised against a customer (published in the transaction that stores it; an alert).
 *
 * @param raisedBy {@code customer-change}, {@code list-change} or {@code full-rescreen}
 */
public record ScreeningHitRaised(TenantId tenantId, UUID customerId, UUID hitId, String list, String entityId,
    double score, String raisedBy) {}
