package io.tillid.identity.internal;

import java.time.Instant;

/** An account's recent failures, when the last was, and until when it is locked (or null). */
record GuardState(int failures, Instant lastFailureAt, Instant lockedUntil) {

  boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
