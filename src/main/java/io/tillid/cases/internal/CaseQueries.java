package io.tillid.cases.internal;

import io.tillid.access.AttributeGrants;
import io.tillid.customers.CustomerDirectory;
import io.tillid.customers.CustomerRef;
import io.tillid.platform.PageCursor;
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

  /** A page of cases and the cursor of the next one (null on the last). */
  record Page(List<CaseView> items, String nextCursor) {}

  /** The newest cases the principal may see (the page shows at most {@link #LIMIT}). */
  @Transactional(readOnly = true)
  List<CaseView> list(TenantPrincipal principal, UUID customerId) {
    return page(principal, customerId, null, LIMIT).items();
  }

  /** Cases the principal may see, newest first, {@code limit} (1 to {@link #LIMIT}, default
   * {@link #LIMIT}) at a time. */
  @Transactional(readOnly = true)
  Page page(TenantPrincipal principal, UUID customerId, String cursor, Integer limit) {
    // without a limit a page holds as many as the list held before it was paged
    int size = PageCursor.limit(limit, LIMIT, LIMIT);
    List<CaseRepository.Listed> found = cases.list(principal.tenantId(),
        grants.filter(grants.of(principal), CaseRepository.COLUMNS), customerId, PageCursor.decode(cursor), size + 1);
    String next = null;
    if (found.size() > size) {
      CaseRepository.Listed last = found.get(size - 1);
      next = new PageCursor(last.createdAt(), last.kycCase().id()).encode();
      found = found.subList(0, size);
    }
    List<KycCase> shown = found.stream().map(CaseRepository.Listed::kycCase).toList();
    Map<UUID, CustomerRef> names = customers.visible(principal, shown.stream().map(KycCase::customerId).toList());
    return new Page(shown.stream().map(c -> CaseView.of(c, names.containsKey(c.customerId())
        ? names.get(c.customerId()).name() : null)).toList(), next);
  }

  CaseView view(TenantPrincipal principal, KycCase c) {
    return CaseView.of(c, customers.visible(principal, c.customerId()).map(CustomerRef::name).orElse(null));
  }
}
