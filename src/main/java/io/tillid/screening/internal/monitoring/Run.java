package io.tillid.screening.internal.monitoring;

import java.time.Instant;
import java.util.UUID;

/**
 * One rescreen of a tenant's monitored customers and how far it got.
 *
 * @param kind {@code list-change} (against what list imports changed) or {@code full}
 * @param lists the lists and versions it followed ({@code un:3 senzing:2}), or {@code all} for a full one
 * @param finishedAt null while it runs
 */
public record Run(UUID id, String kind, String lists, Instant startedAt, int total, int done, int hitsRaised,
    int hitsClosed, Instant finishedAt) {

  public static final String LIST_CHANGE = "list-change";
  public static final String FULL = "full";

  Run progressed(int doneNow, int raisedNow, int closedNow, Instant finished) {
    return new Run(id, kind, lists, startedAt, total, doneNow, raisedNow, closedNow, finished);
  }
}
