package io.tillid.access.internal;

import io.tillid.access.AttributeGrants;
import io.tillid.access.Grants;
import io.tillid.identity.DelegatedPrincipal;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.TenantScope;
import org.springframework.stereotype.Component;

/**
 * A principal's grants as stored now; read in the principal's own tenant scope, whatever scope the
 * caller is in, at most once per request (a change counts from the next request, as for roles).
 * Platform staff hold none; a delegated principal (an API key) holds its delegator's grants.
 */
@Component
class JdbcAttributeGrants implements AttributeGrants {

  private final GrantRepository grants;

  JdbcAttributeGrants(GrantRepository grants) {
    this.grants = grants;
  }

  @Override
  public Grants of(TenantPrincipal principal) {
    if (principal.tenantId().isPlatform()) {
      return Grants.none();
    }
    if (principal instanceof DelegatedPrincipal delegated) {
      return of(delegated.delegator());
    }
    return RequestCache.get("grants/" + principal.tenantId() + "/" + principal.principalId(),
        () -> TenantScope.call(principal.tenantId(), () -> grants.of(principal.tenantId(), principal.principalId())));
  }
}
