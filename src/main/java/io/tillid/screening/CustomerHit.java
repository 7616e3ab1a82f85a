package io.tillid.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One hit of a customer: a listed entry (in one content version) that matched.
 *
 * @param id the hit
 * @param customerId the customer
 * @param list the list ({@code ofac-sdn}, {@code un}, ...)
 * @param entityId the list's id of the entry
 * @param entityFingerprint the entry's content hash when it matched
 * @param name the entry's primary name (public list data)
 * @param matchedName the entry's name that matched best
 * @param type the entry's type ({@code person}, {@code organization}, ...)
 * @param pep whether the entry is a politically exposed person
 * @param score 0 to 1
 * @param explanation why, as the screening API explains a match (JSON)
 * @param status {@code open}, {@code escalated}, {@code true_match}, {@code false_positive}, {@code closed}
 * @param closedReason for a closed hit: {@code entry-removed} or {@code no-longer-matching}
 * @param raisedBy {@code customer-change}, {@code list-change} or {@code full-rescreen}
 * @param dispositions the analysts' decisions, oldest first
 */
public record CustomerHit(UUID id, UUID customerId, String list, String entityId, String entityFingerprint, String name,
    String matchedName, String type, boolean pep, double score, String explanation, String status,
    String closedReason, String raisedBy, Instant createdAt, Instant updatedAt, List<Disposition> dispositions) {

  public CustomerHit {
    dispositions = List.copyOf(dispositions);
  }

  /** One decision on a hit. */
  public record Disposition(String decision, String reason, String decidedBy, Instant decidedAt) {}
}
