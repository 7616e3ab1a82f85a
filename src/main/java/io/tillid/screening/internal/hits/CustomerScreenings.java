package io.tillid.screening.internal.hits;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.TenantId;
import io.tillid.screening.CustomerScreening.HitCounts;
import io.tillid.screening.ScreeningSubject;
import io.tillid.screening.internal.matching.Match;
import io.tillid.screening.internal.matching.ScreeningQuery;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Screens one customer against every current list with its tenant's threshold and records the
 * outcome as hits; audited as {@code customer.screened} (counts only).
 */
public final class CustomerScreenings {

  public static final String CUSTOMER_CHANGE = "customer-change";

  /** The current lists' matches for a query at a threshold. */
  public interface Matcher extends BiFunction<ScreeningQuery, Double, List<Match>> {}

  private final Matcher matcher;
  private final Thresholds thresholds;
  private final CustomerHits hits;
  private final HitStore store;
  private final AuditTrail audit;

  @SuppressFBWarnings(value = "EI_EXPOSE_REP2", justification = "Collaborators handed in by the wiring, shared on purpose; no state of this class is exposed.")
  public CustomerScreenings(Matcher matcher, Thresholds thresholds, CustomerHits hits, HitStore store,
      AuditTrail audit) {
    this.matcher = matcher;
    this.thresholds = thresholds;
    this.hits = hits;
    this.store = store;
    this.audit = audit;
  }

  public HitCounts screen(TenantId tenant, String actor, ScreeningSubject subject) {
    List<Match> matches = matcher.apply(SubjectQuery.of(subject), thresholds.of(tenant));
    CustomerHits.Outcome outcome = hits.reconcile(tenant, subject.customerId(), matches, hit -> true, CUSTOMER_CHANGE);
    audit.record(new AuditEvent(tenant, actor, "customer.screened", "customer", subject.customerId().toString(),
        Map.of("matches", Integer.toString(matches.size()), "raised", Integer.toString(outcome.raised()),
            "closed", Integer.toString(outcome.closed()))));
    return store.counts(tenant, subject.customerId());
  }
}
