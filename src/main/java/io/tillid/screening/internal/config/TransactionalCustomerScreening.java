package io.tillid.screening.internal.config;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import io.tillid.screening.CustomerHit;
import io.tillid.screening.CustomerScreening;
import io.tillid.screening.ScreeningSubject;
import io.tillid.screening.internal.hits.CustomerScreenings;
import io.tillid.screening.internal.hits.Dispositions;
import io.tillid.screening.internal.hits.HitStore;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link CustomerScreening} for other modules: joins the caller's transaction, or makes one. */
@Component
class TransactionalCustomerScreening implements CustomerScreening {

  private final CustomerScreenings screenings;
  private final Dispositions dispositions;
  private final HitStore store;

  TransactionalCustomerScreening(CustomerScreenings screenings, Dispositions dispositions, HitStore store) {
    this.screenings = screenings;
    this.dispositions = dispositions;
    this.store = store;
  }

  @Override
  @Transactional
  public HitCounts screen(TenantId tenant, String actor, ScreeningSubject subject) {
    return screenings.screen(tenant, actor, subject);
  }

  @Override
  @Transactional(readOnly = true)
  public HitCounts counts(TenantId tenant, UUID customerId) {
    return store.counts(tenant, customerId);
  }

  @Override
  @Transactional(readOnly = true)
  public List<CustomerHit> hits(TenantId tenant, UUID customerId) {
    return dispositions.of(tenant, customerId);
  }

  @Override
  @Transactional
  public CustomerHit decide(TenantPrincipal principal, UUID customerId, UUID hitId, String decision, String reason) {
    return dispositions.decide(principal, customerId, hitId, decision, reason);
  }
}
