package io.tillid.screening.internal.hits;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.ObjectNotFound;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import io.tillid.screening.CustomerHit;
import io.tillid.screening.CustomerHitsChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An analyst's decision on a hit: true match, false positive or escalate, always with a reason.
 * Every decision is kept (the hit shows the latest) and audited, without the reason (free text).
 */
public final class Dispositions {

  static final int MAX_REASON = 2000;

  private static final Map<String, String> STATUS = Map.of("true_match", StoredHit.TRUE_MATCH,
      "false_positive", StoredHit.FALSE_POSITIVE, "escalate", StoredHit.ESCALATED);

  private final HitStore store;
  private final HitEvents events;
  private final AuditTrail audit;
  private final Clock clock;

  @SuppressFBWarnings(value = "EI_EXPOSE_REP2", justification = "Collaborators handed in by the wiring, shared on purpose; no state of this class is exposed.")
  public Dispositions(HitStore store, HitEvents events, AuditTrail audit, Clock clock) {
    this.store = store;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  public CustomerHit decide(TenantPrincipal principal, UUID customerId, UUID hitId, String decision, String reason) {
    TenantId tenant = principal.tenantId();
    String status = decision == null ? null : STATUS.get(decision);
    if (status == null) {
      throw new InvalidFieldException("decision", "decision",
          "The field 'decision' must be true_match, false_positive or escalate.");
    }
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "required", "The field 'reason' is required.");
    }
    if (reason.strip().length() > MAX_REASON) {
      throw new InvalidFieldException("reason", "too-long", "The field 'reason' is longer than " + MAX_REASON
          + " characters.");
    }
    StoredHit hit = store.find(tenant, customerId, hitId).orElseThrow(() -> new ObjectNotFound("hit"));
    if (StoredHit.CLOSED.equals(hit.status())) {
      throw new InvalidFieldException("hitId", "closed", "The hit is closed; a closed hit takes no decision.");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    store.update(tenant, hit.with(hit.fingerprint(), hit.matchedName(), hit.score(), hit.explanation(), status, null,
        now));
    store.addDisposition(tenant, hitId, UUID.randomUUID(),
        new CustomerHit.Disposition(decision, reason.strip(), principal.principalId(), now));
    audit.record(new AuditEvent(tenant, principal.principalId(), "screening.hit.decided", "screening-hit",
        hitId.toString(), Map.of("customer", customerId.toString(), "decision", decision, "list", hit.list(),
            "entity", hit.entityId())));
    events.changed(new CustomerHitsChanged(tenant, customerId));
    return view(tenant, store.find(tenant, customerId, hitId).orElseThrow(() -> new ObjectNotFound("hit")));
  }

  /** The customer's hits with their dispositions, newest first. */
  public List<CustomerHit> of(TenantId tenant, UUID customerId) {
    List<StoredHit> hits = store.ofCustomer(tenant, customerId);
    Map<UUID, List<CustomerHit.Disposition>> decisions = store.dispositions(tenant,
        hits.stream().map(StoredHit::id).toList());
    return hits.stream().map(hit -> view(hit, decisions.getOrDefault(hit.id(), List.of()))).toList();
  }

  private CustomerHit view(TenantId tenant, StoredHit hit) {
    return view(hit, store.dispositions(tenant, List.of(hit.id())).getOrDefault(hit.id(), List.of()));
  }

  static CustomerHit view(StoredHit hit, List<CustomerHit.Disposition> dispositions) {
    return new CustomerHit(hit.id(), hit.customerId(), hit.list(), hit.entityId(), hit.fingerprint(), hit.name(),
        hit.matchedName(), hit.type(), hit.pep(), hit.score(), hit.explanation(), hit.status(), hit.closedReason(),
        hit.raisedBy(), hit.createdAt(), hit.updatedAt(), dispositions);
  }
}
