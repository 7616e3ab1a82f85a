package io.tillid.screening.internal.lists;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;

/**
 * The content hash of a listed entity (SHA-256 over a canonical form: sets sorted), so an import can
 * tell an entry that changed from one that did not (a new owned-or-controlled flag is a change too), and a later screening can tell whether the entry
 * a false positive was recorded against has changed since.
 */
public final class EntityFingerprint {

  private EntityFingerprint() {}

  /** 64 hex digits. */
  public static String of(WatchlistEntity entity) {
    StringBuilder canonical = new StringBuilder()
        .append(entity.source()).append('\u001f').append(entity.entityId()).append('\u001f').append(entity.type())
        .append('\u001f');
    entity.names().forEach(name -> canonical.append(name.value()).append(name.weak() ? "~w" : "").append('\u001e'));
    canonical.append('\u001f');
    entity.birthDates().forEach(date -> canonical.append(date).append('\u001e'));
    canonical.append('\u001f').append(entity.countries().stream().sorted().collect(Collectors.joining(",")))
        .append('\u001f');
    entity.identifiers().forEach(id -> canonical.append(id.kind()).append('=').append(id.value()).append('@')
        .append(id.country()).append('\u001e'));
    canonical.append('\u001f').append(entity.programs().stream().sorted().collect(Collectors.joining("\u001e")));
    // Added later: written only when present, so the hashes of entries without them stay as they were.
    if (entity.listedOn() != null) {
      canonical.append('\u001f').append("listed=").append(entity.listedOn());
    }
    if (entity.ownedOrControlled()) {
      canonical.append('\u001f').append("owners=");
      entity.ownedOrControlledBy().forEach(owner -> canonical.append(owner.entityId()).append('=')
          .append(owner.share().stripTrailingZeros().toPlainString()).append(owner.listed() ? "" : "~c").append('\u001e'));
    }
    return sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
