package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

  @Test
  void tenDistinctGroupedCodes() {
    List<String> codes = RecoveryCodes.generate(new SecureRandom());
    assertThat(codes).hasSize(10).allMatch(code -> code.matches("[A-Z2-7]{5}-[A-Z2-7]{5}"));
    assertThat(new HashSet<>(codes)).hasSize(10);
  }

  @Test
  void hashIgnoresCaseSpacesAndDashes() {
    assertThat(RecoveryCodes.hash("abcde-fghij")).isEqualTo(RecoveryCodes.hash("ABCDE FGHIJ"))
        .isEqualTo(RecoveryCodes.hash("ABCDEFGHIJ")).hasSize(64);
    assertThat(RecoveryCodes.hash("ABCDE-FGHIK")).isNotEqualTo(RecoveryCodes.hash("ABCDE-FGHIJ"));
  }

  @Test
  void onlyPlausibleCodesAreLookedUp() {
    assertThat(RecoveryCodes.plausible("abcde-fghij")).isTrue();
    assertThat(RecoveryCodes.plausible("abcde-fghi1")).isFalse();
    assertThat(RecoveryCodes.plausible("")).isFalse();
    assertThat(RecoveryCodes.plausible(null)).isFalse();
  }
}
