package io.tillid.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DetailsCodecTest {

  @Test
  void encodesSortedCompactJson() {
    assertThat(DetailsCodec.encode(Map.of("b", "2", "a", "1"))).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
    assertThat(DetailsCodec.encode(Map.of())).isEqualTo("{}");
  }

  @Test
  void escapesQuotesBackslashesAndControls() {
    String text = DetailsCodec.encode(Map.of("k", "a\"b\\c\nd"));
    assertThat(text).isEqualTo("{\"k\":\"a\\\"b\\\\c\\u000ad\"}");
    assertThat(DetailsCodec.decode(text)).isEqualTo(Map.of("k", "a\"b\\c\nd"));
  }

  @Test
  void roundTrips() {
    Map<String, String> details = Map.of("role", "analyst", "før", "æøå ✓", "empty", "");
    assertThat(DetailsCodec.decode(DetailsCodec.encode(details))).isEqualTo(details);
  }

  @Test
  void refusesTextLongerThanTheColumn() {
    assertThatThrownBy(() -> DetailsCodec.encode(Map.of("k", "x".repeat(4000))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("xxx");
    assertThat(DetailsCodec.encode(Map.of("k", "x".repeat(4000 - 8)))).hasSize(4000);
  }

  @Test
  void refusesNonCanonicalText() {
    assertThatThrownBy(() -> DetailsCodec.decode("{ \"a\":\"1\"}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DetailsCodec.decode("{\"b\":\"1\",\"a\":\"2\"}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DetailsCodec.decode("{\"a\":1}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DetailsCodec.decode("nonsense")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DetailsCodec.decode(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
