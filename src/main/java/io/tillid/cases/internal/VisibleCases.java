package io.tillid.cases.internal;

import io.tillid.access.AttributeGrants;
import io.tillid.platform.AccessDenials;
import io.tillid.platform.ObjectNotFound;
import io.tillid.platform.TenantPrincipal;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Loads a case for a principal, checked on load against its grants; otherwise 404 like a missing one. */
@Component
class VisibleCases {

  private final CaseRepository cases;
  private final AttributeGrants grants;

  VisibleCases(CaseRepository cases, AttributeGrants grants) {
    this.cases = cases;
    this.grants = grants;
  }

  KycCase load(TenantPrincipal principal, UUID id) {
    return cases.find(principal.tenantId(), id)
        .filter(found -> grants.of(principal).permits(found.attributes()))
        .orElseThrow(() -> {
          AccessDenials.objectNotVisible("case", id.toString());
          return new ObjectNotFound("case");
        });
  }
}
