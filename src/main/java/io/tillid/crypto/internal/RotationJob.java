package io.tillid.crypto.internal;

import io.tillid.platform.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * A tenant's data key rotation: the new primary key's id, where the re-encryption walk is (the
 * column's index among the declared columns, ordered by name, and the last row id done in it), how
 * many values are done of how many.
 */
record RotationJob(TenantId tenant, UUID id, String state, int primaryKeyId, int columnIndex, UUID lastRowId,
    long rowsDone, long rowsTotal, Instant startedAt, Instant finishedAt) {

  static final String RUNNING = "running";
  static final String FINISHED = "finished";
  static final String ABANDONED = "abandoned";

  boolean running() {
    return RUNNING.equals(state);
  }

  /** One line for the command line and the log: ids and counts, nothing else. */
  String progress() {
    return "rotation " + id + " " + state + ", " + rowsDone + "/" + rowsTotal + " values re-encrypted";
  }
}
