package io.tillid.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys look like {@code tl_<prefix>_<secret>}: a public prefix of 8 random bytes (16 hex digits)
 * that finds the key, and a secret of 32 random bytes (base64url). Only a SHA-256 of the secret is
 * stored. A slow password hash (Argon2) protects low-entropy secrets against guessing; a 256-bit
 * random secret cannot be guessed whatever the hash, so a fast hash loses nothing, and it keeps
 * checking a key on every request cheap (Argon2 per request would cost tens of milliseconds of CPU,
 * a lever for denial of service).
 */
final class ApiKeySecrets {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SHAPE = Pattern.compile("tl_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");

  /** A key as presented, split. */
  record Presented(String prefix, String secret) {
    @Override
    public String toString() {
      return "Presented[prefix=" + prefix + "]";
    }
  }

  /** A new key: its text (shown once) and what is stored. */
  record Issued(String prefix, String text, String secretHash) {
    @Override
    public String toString() {
      return "Issued[prefix=" + prefix + "]";
    }
  }

  private ApiKeySecrets() {}

  static Issued issue() {
    byte[] prefix = new byte[8];
    RANDOM.nextBytes(prefix);
    String prefixText = HexFormat.of().formatHex(prefix);
    String secret = SecretTokens.newToken();
    return new Issued(prefixText, "tl_" + prefixText + "_" + secret, SecretTokens.hash(secret));
  }

  /** The key's parts when the header has the shape of a key at all; junk never reaches the database. */
  static Optional<Presented> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher matcher = SHAPE.matcher(header.trim());
    return matcher.matches() ? Optional.of(new Presented(matcher.group(1), matcher.group(2))) : Optional.empty();
  }

  /** Whether the secret matches the stored hash, in time independent of where they differ. */
  static boolean matches(String secret, String storedHash) {
    return MessageDigest.isEqual(SecretTokens.hash(secret).getBytes(StandardCharsets.US_ASCII),
        storedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
