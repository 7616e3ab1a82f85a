package io.tillid.screening.internal.hits;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.TenantId;
import io.tillid.screening.CustomerHitsChanged;
import io.tillid.screening.ScreeningHitRaised;
import io.tillid.screening.internal.lists.EntityFingerprint;
import io.tillid.screening.internal.matching.Match;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a customer's matches into hits. A match on an entry without a hit, or whose last hit was
 * closed, raises a new open hit. A match on an entry whose last hit is a false positive stays
 * suppressed while the entry's content (its fingerprint) is the same; when it changed, a new hit is
 * raised. Other hits follow the entry's latest content and score. Pending (open, escalated) hits on
 * entries that were screened and no longer match are closed.
 */
public final class CustomerHits {

  public static final String NO_LONGER_MATCHING = "no-longer-matching";
  public static final String ENTRY_REMOVED = "entry-removed";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> PEP_PROGRAMS = Set.of("role.pep", "role.rca", "PEP");

  private final HitStore store;
  private final HitEvents events;
  private final Clock clock;

  @SuppressFBWarnings(value = "EI_EXPOSE_REP2", justification = "Collaborators handed in by the wiring, shared on purpose; no state of this class is exposed.")
  public CustomerHits(HitStore store, HitEvents events, Clock clock) {
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  /** What a reconciliation changed. */
  public record Outcome(int raised, int closed, int updated) {

    public boolean changed() {
      return raised + closed + updated > 0;
    }
  }

  /**
   * @param matches what the screening found
   * @param screened which of the customer's existing hits the screening covered (hits outside it
   *     are left as they are: a rescreen against changed entries only covers those entries)
   * @param raisedBy {@code customer-change}, {@code list-change} or {@code full-rescreen}
   */
  public Outcome reconcile(TenantId tenant, UUID customerId, List<Match> matches, Predicate<StoredHit> screened,
      String raisedBy) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    Map<String, StoredHit> latest = new HashMap<>();
    for (StoredHit hit : store.ofCustomer(tenant, customerId)) {
      latest.putIfAbsent(key(hit.list(), hit.entityId()), hit); // newest first
    }
    int raised = 0;
    int updated = 0;
    Set<String> matched = new HashSet<>();
    for (Match match : matches) {
      String key = key(match.entity().source(), match.entity().entityId());
      if (!matched.add(key)) {
        continue;
      }
      String fingerprint = EntityFingerprint.of(match.entity());
      String explanation = JSON.writeValueAsString(match.explanation());
      double score = match.score();
      StoredHit last = latest.get(key);
      boolean suppressed = last != null && StoredHit.FALSE_POSITIVE.equals(last.status())
          && last.fingerprint().equals(fingerprint);
      if (last == null || StoredHit.CLOSED.equals(last.status())
          || StoredHit.FALSE_POSITIVE.equals(last.status()) && !suppressed) {
        StoredHit hit = new StoredHit(UUID.randomUUID(), customerId, match.entity().source(),
            match.entity().entityId(), fingerprint, match.entity().primaryName(), match.matchedName(),
            match.entity().type().value(), pep(match), score, explanation, StoredHit.OPEN, null, raisedBy, now, now);
        store.insert(tenant, hit);
        events.raised(new ScreeningHitRaised(tenant, customerId, hit.id(), hit.list(), hit.entityId(), score, raisedBy));
        raised++;
      } else if (!suppressed && (!last.fingerprint().equals(fingerprint) || Double.compare(last.score(), score) != 0
          || !last.matchedName().equals(match.matchedName()))) {
        store.update(tenant, last.with(fingerprint, match.matchedName(), score, explanation, last.status(), null, now));
        updated++;
      }
    }
    int closed = 0;
    for (StoredHit last : latest.values()) {
      if (last.pending() && !matched.contains(key(last.list(), last.entityId())) && screened.test(last)) {
        store.update(tenant, last.closed(NO_LONGER_MATCHING, now));
        closed++;
      }
    }
    Outcome outcome = new Outcome(raised, closed, updated);
    if (outcome.changed()) {
      events.changed(new CustomerHitsChanged(tenant, customerId));
    }
    return outcome;
  }

  /** Closes the pending hits on entries a list removed; returns how many it closed, by customer. */
  public Map<UUID, Integer> closeRemoved(TenantId tenant, String list, Collection<String> entityIds) {
    Map<UUID, Integer> closed = new HashMap<>();
    if (entityIds.isEmpty()) {
      return closed;
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    for (StoredHit hit : store.pendingOnEntries(tenant, list, entityIds)) {
      store.update(tenant, hit.closed(ENTRY_REMOVED, now));
      closed.merge(hit.customerId(), 1, Integer::sum);
    }
    closed.keySet().forEach(customer -> events.changed(new CustomerHitsChanged(tenant, customer)));
    return closed;
  }

  private static boolean pep(Match match) {
    return "dk-pep".equals(match.entity().source())
        || match.entity().programs().stream().anyMatch(PEP_PROGRAMS::contains);
  }

  private static String key(String list, String entityId) {
    return list + '\u001f' + entityId;
  }
}
