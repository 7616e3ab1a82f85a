package io.tillid.screening.internal.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An id for entries of lists that give none: a hash of the parts that identify the entry. */
final class StableId {

  private StableId() {}

  static String of(String prefix, String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update((part == null ? "" : EntityBuilder.clean(part) == null ? "" : EntityBuilder.clean(part))
            .getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return prefix + HexFormat.of().formatHex(digest.digest(), 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
