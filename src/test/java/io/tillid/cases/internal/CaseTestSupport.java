package io.tillid.cases.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.support.TestPrincipal;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Opens cases through the product's own use case, for tests in other packages. */
public final class CaseTestSupport {

  private CaseTestSupport() {}


  public static UUID open(ApplicationContext context, UUID tenant, UUID userId, UUID customerId) {
    CaseOpening opening = context.getBean(CaseOpening.class);
    TenantId id = new TenantId(tenant);
    return TenantScope.call(id, () -> opening.open(new TestPrincipal(id, "user:" + userId), customerId.toString(), null))
        .id();
  }

  /** Runs the job that notices periodic reviews falling due, now; returns how many were new. */
  public static int noticeDueReviews(ApplicationContext context) {
    return context.getBean(ReviewDueNotices.class).noticeAll();
  }
}
