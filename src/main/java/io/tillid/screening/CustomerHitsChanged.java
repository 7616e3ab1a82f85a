package io.tillid.screening;

import io.tillid.platform.TenantId;
import java.util.UUID;

/**
 * A customer's hits changed (raised, closed or decided), published in the transaction of the
 * change, so the customer's risk can be re-assessed in it.
 */
public record CustomerHitsChanged(TenantId tenantId, UUID customerId) {}
