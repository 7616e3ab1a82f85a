package io.tillid.screening.internal.monitoring;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.screening.ScreeningSubject;
import io.tillid.screening.ScreeningSubjects;
import io.tillid.screening.internal.hits.CustomerHits;
import io.tillid.screening.internal.hits.CustomerScreenings;
import io.tillid.screening.internal.hits.StoredHit;
import io.tillid.screening.internal.hits.SubjectQuery;
import io.tillid.screening.internal.hits.Thresholds;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Rescreens one tenant's monitored customers in batches, each batch one transaction in the tenant's
 * scope that also records the run's progress, then closes the hits on entries the lists removed.
 * The finished run is audited ({@code screening.rescreen.finished}, counts only), and so is every
 * customer whose hits the rescreen changed ({@code customer.rescreened}).
 */
public final class Rescreens {

  static final String ACTOR = "system:monitoring";

  private final ScreeningSubjects subjects;
  private final CustomerHits hits;
  private final RunStore runs;
  private final Transactions transactions;
  private final Thresholds thresholds;
  private final AuditTrail audit;
  private final Clock clock;
  private final int batchSize;

  @SuppressFBWarnings(value = "EI_EXPOSE_REP2", justification = "Collaborators handed in by the wiring, shared on purpose; no state of this class is exposed.")
  public Rescreens(ScreeningSubjects subjects, CustomerHits hits, RunStore runs, Transactions transactions,
      Thresholds thresholds, AuditTrail audit, Clock clock, int batchSize) {
    this.subjects = subjects;
    this.hits = hits;
    this.runs = runs;
    this.transactions = transactions;
    this.thresholds = thresholds;
    this.audit = audit;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  /**
   * @param matcher the lists (or the changed entries) to screen against
   * @param screened which pending hits the matcher covers (those no longer matching are closed)
   * @param removed the entries removed from each list (their pending hits are closed)
   */
  public Run run(TenantId tenant, String kind, String lists, CustomerScreenings.Matcher matcher,
      Predicate<StoredHit> screened, Map<String, Set<String>> removed) {
    String raisedBy = Run.FULL.equals(kind) ? "full-rescreen" : Run.LIST_CHANGE;
    Run started = TenantScope.call(tenant, () -> transactions.inTransaction(() -> {
      Run run = new Run(UUID.randomUUID(), kind, lists, now(), subjects.countMonitored(tenant), 0, 0, 0, null);
      runs.start(tenant, run);
      return run;
    }));
    double threshold = TenantScope.call(tenant, () -> transactions.inTransaction(() -> thresholds.of(tenant)));
    Run run = started;
    UUID after = null;
    while (true) {
      final UUID from = after;
      final Run before = run;
      Step step = TenantScope.call(tenant, () -> transactions.inTransaction(() -> {
        List<ScreeningSubject> batch = subjects.monitored(tenant, from, batchSize);
        int raised = before.hitsRaised();
        int closed = before.hitsClosed();
        for (ScreeningSubject subject : batch) {
          CustomerHits.Outcome outcome = hits.reconcile(tenant, subject.customerId(),
              matcher.apply(SubjectQuery.of(subject), threshold), screened, raisedBy);
          raised += outcome.raised();
          closed += outcome.closed();
          if (outcome.changed()) {
            audit.record(new AuditEvent(tenant, ACTOR, "customer.rescreened", "customer",
                subject.customerId().toString(), Map.of("run", before.id().toString(), "raised",
                    Integer.toString(outcome.raised()), "closed", Integer.toString(outcome.closed()))));
          }
        }
        Run next = before.progressed(before.done() + batch.size(), raised, closed, null);
        runs.update(tenant, next);
        return new Step(next, batch.isEmpty() ? null : batch.get(batch.size() - 1).customerId(), batch.size());
      }));
      run = step.run();
      if (step.read() < batchSize) {
        break;
      }
      after = step.last();
    }
    final Run screenedAll = run;
    return TenantScope.call(tenant, () -> transactions.inTransaction(() -> {
      int closed = screenedAll.hitsClosed();
      for (Map.Entry<String, Set<String>> list : removed.entrySet()) {
        for (Map.Entry<UUID, Integer> customer : hits.closeRemoved(tenant, list.getKey(), list.getValue()).entrySet()) {
          closed += customer.getValue();
          audit.record(new AuditEvent(tenant, ACTOR, "customer.rescreened", "customer", customer.getKey().toString(),
              Map.of("run", screenedAll.id().toString(), "raised", "0", "closed", customer.getValue().toString())));
        }
      }
      Run finished = screenedAll.progressed(screenedAll.done(), screenedAll.hitsRaised(), closed, now());
      runs.update(tenant, finished);
      audit.record(new AuditEvent(tenant, ACTOR, "screening.rescreen.finished", "screening-run",
          finished.id().toString(), Map.of("kind", kind, "lists", lists, "customers", Integer.toString(finished.done()),
              "raised", Integer.toString(finished.hitsRaised()), "closed", Integer.toString(finished.hitsClosed()))));
      return finished;
    }));
  }

  /** One batch done: the run so far, the last customer's id and how many were read. */
  private record Step(Run run, UUID last, int read) {}

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
