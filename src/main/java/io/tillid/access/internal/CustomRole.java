package io.tillid.access.internal;

import java.util.Set;
import java.util.UUID;

/** A role a tenant defined: its id, name and permissions (all from the catalogue). */
record CustomRole(UUID id, String name, Set<String> permissions) {

  static final String KEY_PREFIX = "custom:";

  CustomRole {
    permissions = Set.copyOf(permissions);
  }

  /** How users hold it in their roles. */
  public String key() {
    return KEY_PREFIX + id;
  }
}
