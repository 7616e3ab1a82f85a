package io.tillid.identity.internal;

import java.util.Optional;
import java.util.UUID;

/** Reads the UUID out of a principal id of a kind ({@code user:UUID}, {@code client:UUID}). */
final class PrincipalIds {

  private PrincipalIds() {}

  /** The UUID after {@code prefix}; empty when the id is of another kind or malformed. */
  static Optional<UUID> uuidAfter(String prefix, String principalId) {
    if (principalId == null || !principalId.startsWith(prefix)) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(principalId.substring(prefix.length())));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }
}
