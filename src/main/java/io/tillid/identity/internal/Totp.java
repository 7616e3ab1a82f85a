package io.tillid.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords: HMAC-SHA1, 30-second steps, 6 digits, accepting the step
 * before and after the current one for clock drift. Pure: no Spring, no storage.
 */
final class Totp {

  static final int DIGITS = 6;
  static final long STEP_SECONDS = 30;
  static final int SECRET_BYTES = 20;
  private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

  private Totp() {}

  /** A new 160-bit secret. */
  static byte[] newSecret(SecureRandom random) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return secret;
  }

  static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The code of {@code step} with {@code digits} digits (RFC 4226 dynamic truncation). */
  static String code(byte[] secret, long step, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
          | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
      StringBuilder code = new StringBuilder(Integer.toString(binary % POWERS[digits]));
      while (code.length() < digits) {
        code.insert(0, '0');
      }
      return code.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is unavailable", e);
    }
  }

  /**
   * The step (current, one before or one after) whose code {@code code} is, compared in constant
   * time; empty when none is or the code is malformed.
   */
  static OptionalLong matchingStep(byte[] secret, String code, long currentStep) {
    String candidate = code == null ? "" : code.replace(" ", "");
    if (!candidate.matches("[0-9]{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    OptionalLong match = OptionalLong.empty();
    for (long step = currentStep - 1; step <= currentStep + 1; step++) {
      if (MessageDigest.isEqual(code(secret, step, DIGITS).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
          candidate.getBytes(java.nio.charset.StandardCharsets.US_ASCII)) && match.isEmpty()) {
        match = OptionalLong.of(step);
      }
    }
    return match;
  }
}
