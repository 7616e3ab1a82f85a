package io.tillid.risk.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndustryCodesTest {

  @Test
  void knownCodesAreWellFormedWithAnExistingDivision() {
    assertThat(List.of("K", "64", "64.1", "64.19", "92.00", "641900", "01", "99")).allMatch(IndustryCodes::isKnown);
    assertThat(List.of("04", "34", "40", "00", "64.199", "6419", "V", "k", "64,19", "", "abc")).noneMatch(IndustryCodes::isKnown);
    assertThat(IndustryCodes.isKnown(null)).isFalse();
  }

  @Test
  void aListedDivisionOrGroupCoversItsClassesAndNationalSubclasses() {
    List<String> listed = List.of("92", "25.4", "64.99");
    assertThat(IndustryCodes.within("92.00", listed)).isTrue();
    assertThat(IndustryCodes.within("920000", listed)).isTrue();
    assertThat(IndustryCodes.within("25.40", listed)).isTrue();
    assertThat(IndustryCodes.within("64.99", listed)).isTrue();
    assertThat(IndustryCodes.within("64.91", listed)).isFalse();
    assertThat(IndustryCodes.within("25.3", listed)).isFalse();
    assertThat(IndustryCodes.within("K", listed)).isFalse();
    assertThat(IndustryCodes.within("K", List.of("K"))).isTrue();
    assertThat(IndustryCodes.within(null, listed)).isFalse();
  }
}
