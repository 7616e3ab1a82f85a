package io.tillid.access.internal;

import java.util.Set;
import java.util.TreeSet;

/** How role changes name permissions in the audit trail: sorted, comma-separated catalogue names. */
final class RoleAudit {

  private RoleAudit() {}

  static String permissions(Set<String> permissions) {
    return String.join(",", new TreeSet<>(permissions));
  }
}
