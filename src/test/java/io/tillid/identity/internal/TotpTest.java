package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

  private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  /** RFC 6238 appendix B, SHA-1 column (8 digits). */
  @ParameterizedTest
  @CsvSource({"59,94287082", "1111111109,07081804", "1111111111,14050471", "1234567890,89005924",
      "2000000000,69279037", "20000000000,65353130"})
  void matchesTheRfcTestVectors(long epochSeconds, String expected) {
    long step = Totp.step(Instant.ofEpochSecond(epochSeconds));
    assertThat(Totp.code(RFC_SECRET, step, 8)).isEqualTo(expected);
    assertThat(Totp.code(RFC_SECRET, step, 6)).isEqualTo(expected.substring(2));
  }

  @Test
  void acceptsTheStepBeforeAndAfterButNoFurther() {
    long now = Totp.step(Instant.ofEpochSecond(1_111_111_111L));
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, now, 6), now)).hasValue(now);
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, now - 1, 6), now)).hasValue(now - 1);
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, now + 1, 6), now)).hasValue(now + 1);
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, now - 2, 6), now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, now + 2, 6), now)).isEmpty();
  }

  @Test
  void refusesMalformedCodes() {
    long now = 1000;
    assertThat(Totp.matchingStep(RFC_SECRET, null, now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, "", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, "12345", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now)).isEmpty();
    assertThat(Totp.matchingStep(RFC_SECRET, "1234567", now)).isEmpty();
  }

  @Test
  void toleratesSpacesAsAppsShowThem() {
    long now = 5000;
    String code = Totp.code(RFC_SECRET, now, 6);
    assertThat(Totp.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now)).hasValue(now);
  }

  @Test
  void newSecretsHave160BitsAndRoundTripThroughBase32() {
    byte[] secret = Totp.newSecret(new SecureRandom());
    assertThat(secret).hasSize(20);
    String text = Base32.encode(secret);
    assertThat(text).hasSize(32).matches("[A-Z2-7]+");
    assertThat(Base32.decode(text)).isEqualTo(secret);
    assertThat(Base32.decode(text.toLowerCase(java.util.Locale.ROOT))).isEqualTo(secret);
  }

  @Test
  void base32MatchesRfc4648() {
    assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(Base32.encode(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
  }
}
