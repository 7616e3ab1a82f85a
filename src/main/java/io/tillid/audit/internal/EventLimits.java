package io.tillid.audit.internal;

import io.tillid.audit.AuditEvent;

/** Refuses events whose fields would not fit their columns; the message names the field only. */
final class EventLimits {

  private EventLimits() {}

  static void check(AuditEvent event) {
    fits("actor", event.actor(), 200);
    fits("action", event.action(), 100);
    fits("targetType", event.targetType(), 100);
    fits("targetId", event.targetId(), 200);
  }

  private static void fits(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException("audit " + field + " exceeds " + max + " characters");
    }
  }
}
