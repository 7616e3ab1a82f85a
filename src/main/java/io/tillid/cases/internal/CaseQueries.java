package io.tillid.cases.internal;

import io.tillid.access.AttributeGrants;
import io.tillid.customers.CustomerDirectory;
import io.tillid.customers.CustomerRef;
import io.tillid.platform.TenantPrincipal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases for a principal: lists filtered by its grants in SQL, one case checked on load. */
@Component
class CaseQueries {

  static final int LIMIT = 200;

  private final CaseRepository cases;
  private final VisibleCases visible;
  private final AttributeGrants grants;
  private final CustomerDirectory customers;

  CaseQueries(CaseRepository cases, VisibleCases visible, AttributeGrants grants, CustomerDirectory customers) {
    this.cases = cases;
    this.visible = visible;
    this.grants = grants;
    this.customers = customers;
  }

  @Transactional(readOnly = true)
  CaseView one(TenantPrincipal principal, UUID id) {
    return view(principal, visible.load(principal, id));
  }

  @Transactional(readOnly = true)
  List<CaseView> list(TenantPrincipal principal, UUID customerId) {
    List<KycCase> found = cases.list(principal.tenantId(), grants.filter(grants.of(principal), CaseRepository.COLUMNS),
        customerId, LIMIT);
    Map<UUID, CustomerRef> names = customers.visible(principal, found.stream().map(KycCase::customerId).toList());
    return found.stream().map(c -> CaseView.of(c, names.containsKey(c.customerId())
        ? names.get(c.customerId()).name() : null)).toList();
  }

  CaseView view(TenantPrincipal principal, KycCase c) {
    return CaseView.of(c, customers.visible(principal, c.customerId()).map(CustomerRef::name).orElse(null));
  }
}
