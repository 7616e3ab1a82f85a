package io.tillid.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Recovery codes: ten random codes of ten Base32 characters (50 bits each), shown as
 * {@code ABCDE-FGHIJ}. Being high-entropy, they are stored as plain SHA-256 hashes.
 */
final class RecoveryCodes {

  static final int COUNT = 10;

  private RecoveryCodes() {}

  static List<String> generate(SecureRandom random) {
    List<String> codes = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      byte[] bytes = new byte[7];
      random.nextBytes(bytes);
      String text = Base32.encode(bytes).substring(0, 10);
      codes.add(text.substring(0, 5) + "-" + text.substring(5));
    }
    return codes;
  }

  /** The hash of a code as typed: case, spaces and dashes do not matter. */
  static String hash(String code) {
    String normalized = code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }

  /** Whether the text could be a recovery code at all (checked before any lookup). */
  static boolean plausible(String code) {
    return code != null && code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").matches("[A-Z2-7]{10}");
  }
}
