package io.tillid.access.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads role keys: a built-in role's name, or {@code custom:UUID}; anything else grants nothing. */
final class RoleKeys {

  private RoleKeys() {}

  static Optional<UUID> customId(String key) {
    if (key == null || !key.startsWith(CustomRole.KEY_PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(key.substring(CustomRole.KEY_PREFIX.length())));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  static Set<UUID> customIds(Set<String> keys) {
    Set<UUID> ids = new HashSet<>();
    keys.forEach(key -> customId(key).ifPresent(ids::add));
    return ids;
  }
}
