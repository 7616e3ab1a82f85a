package io.tillid.support;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;

/** A principal for asking the access module about someone directly, as a request would. */
public record TestPrincipal(TenantId tenantId, String principalId) implements TenantPrincipal {}
