package io.tillid.audit.internal;

import io.tillid.platform.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** The content of one chain entry that its hash covers. */
record ChainEntry(TenantId tenant, long seq, Instant occurredAt, String actor, String action,
    String targetType, String targetId, Map<String, String> details, String prevHash) {

  ChainEntry {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(prevHash, "prevHash");
    details = details == null ? Map.of() : Map.copyOf(new TreeMap<>(details));
  }
}
