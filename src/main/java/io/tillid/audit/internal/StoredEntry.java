package io.tillid.audit.internal;

import java.time.Instant;

/** An entry as read back from the database, details still as stored text. */
record StoredEntry(long seq, Instant occurredAt, String actor, String action, String targetType, String targetId,
    String details, String prevHash, String entryHash) {}
