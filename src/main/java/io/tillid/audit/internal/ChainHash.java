package io.tillid.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash of a chain entry: hex SHA-256 over an unambiguous encoding of its content. Every field
 * is written as a 4-byte big-endian length and its UTF-8 bytes (length -1 for null), so no two
 * different entries encode alike; details follow as a count and sorted key, value pairs.
 */
final class ChainHash {

  /** The previous hash of a chain's first entry. */
  static final String GENESIS = "0".repeat(64);

  private static final String VERSION = "tillid-audit-v1";

  private ChainHash() {}

  static String of(ChainEntry entry) {
    return HexFormat.of().formatHex(sha256(encode(entry)));
  }

  static byte[] encode(ChainEntry entry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    field(out, VERSION);
    field(out, entry.tenant().toString());
    field(out, Long.toString(entry.seq()));
    field(out, entry.occurredAt().toString());
    field(out, entry.actor());
    field(out, entry.action());
    field(out, entry.targetType());
    field(out, entry.targetId());
    Map<String, String> sorted = new TreeMap<>(entry.details());
    out.writeBytes(ByteBuffer.allocate(4).putInt(sorted.size()).array());
    sorted.forEach((key, value) -> {
      field(out, key);
      field(out, value);
    });
    field(out, entry.prevHash());
    return out.toByteArray();
  }

  /**
   * Compares two hashes. They are public, so timing leaks nothing; comparing in constant time
   * anyway keeps the rule simple: hashes are never compared with {@code equals}.
   */
  static boolean same(String one, String other) {
    return one != null && other != null
        && MessageDigest.isEqual(one.getBytes(StandardCharsets.UTF_8), other.getBytes(StandardCharsets.UTF_8));
  }

  private static void field(ByteArrayOutputStream out, String value) {
    byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    out.writeBytes(ByteBuffer.allocate(4).putInt(value == null ? -1 : bytes.length).array());
    out.writeBytes(bytes);
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
