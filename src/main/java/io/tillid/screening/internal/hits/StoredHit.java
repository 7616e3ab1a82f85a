package io.tillid.screening.internal.hits;

import java.time.Instant;
import java.util.UUID;

/** A {@code screening_hit} row (public list data and the customer's id; no personal data). */
public record StoredHit(UUID id, UUID customerId, String list, String entityId, String fingerprint, String name,
    String matchedName, String type, boolean pep, double score, String explanation, String status,
    String closedReason, String raisedBy, Instant createdAt, Instant updatedAt) {

  public static final String OPEN = "open";
  public static final String ESCALATED = "escalated";
  public static final String TRUE_MATCH = "true_match";
  public static final String FALSE_POSITIVE = "false_positive";
  public static final String CLOSED = "closed";

  /** Open or escalated: still waiting for a final decision. */
  public boolean pending() {
    return OPEN.equals(status) || ESCALATED.equals(status);
  }

  /** The same hit with new match facts and status. */
  StoredHit with(String newFingerprint, String newMatchedName, double newScore, String newExplanation,
      String newStatus, String newClosedReason, Instant at) {
    return new StoredHit(id, customerId, list, entityId, newFingerprint, name, newMatchedName, type, pep, newScore,
        newExplanation, newStatus, newClosedReason, raisedBy, createdAt, at);
  }

  /** The same hit closed for a reason. */
  StoredHit closed(String reason, Instant at) {
    return with(fingerprint, matchedName, score, explanation, CLOSED, reason, at);
  }
}
