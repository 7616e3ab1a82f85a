package io.tillid.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.platform.TenantId;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainHashTest {

  private static final TenantId TENANT = TenantId.of("6f1c2a9e-3d4b-4c5a-8e7f-1a2b3c4d5e6f");
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05.123456Z");

  private static ChainEntry entry(String actor, String action, String targetType, String targetId,
      Map<String, String> details) {
    return new ChainEntry(TENANT, 1, AT, actor, action, targetType, targetId, details, ChainHash.GENESIS);
  }

  @Test
  void isHexSha256AndStable() {
    String hash = ChainHash.of(entry("user:1", "user.created", "user", "42", Map.of("a", "1")));
    assertThat(hash).matches("[0-9a-f]{64}")
        .isEqualTo(ChainHash.of(entry("user:1", "user.created", "user", "42", Map.of("a", "1"))));
  }

  @Test
  void genesisIsSixtyFourZeros() {
    assertThat(ChainHash.GENESIS).hasSize(64).matches("0+");
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    assertThat(ChainHash.of(entry("ab", "c", null, null, Map.of())))
        .isNotEqualTo(ChainHash.of(entry("a", "bc", null, null, Map.of())));
    assertThat(ChainHash.of(entry("a", "b", "x", "", Map.of())))
        .isNotEqualTo(ChainHash.of(entry("a", "b", "", "x", Map.of())));
  }

  @Test
  void nullDiffersFromEmpty() {
    assertThat(ChainHash.of(entry("a", "b", null, null, Map.of())))
        .isNotEqualTo(ChainHash.of(entry("a", "b", "", "", Map.of())));
  }

  @Test
  void detailsCannotBeConfusedWithEachOther() {
    assertThat(ChainHash.of(entry("a", "b", null, null, Map.of("k", "v=w"))))
        .isNotEqualTo(ChainHash.of(entry("a", "b", null, null, Map.of("k=v", "w"))));
    assertThat(ChainHash.of(entry("a", "b", null, null, Map.of("k", "v", "l", "w"))))
        .isNotEqualTo(ChainHash.of(entry("a", "b", null, null, Map.of("k", "v"))));
  }

  @Test
  void coversEveryField() {
    ChainEntry base = entry("a", "b", "t", "i", Map.of("k", "v"));
    String hash = ChainHash.of(base);
    assertThat(ChainHash.of(new ChainEntry(TenantId.random(), 1, AT, "a", "b", "t", "i", Map.of("k", "v"),
        ChainHash.GENESIS))).isNotEqualTo(hash);
    assertThat(ChainHash.of(new ChainEntry(TENANT, 2, AT, "a", "b", "t", "i", Map.of("k", "v"),
        ChainHash.GENESIS))).isNotEqualTo(hash);
    assertThat(ChainHash.of(new ChainEntry(TENANT, 1, AT.plusNanos(1000), "a", "b", "t", "i", Map.of("k", "v"),
        ChainHash.GENESIS))).isNotEqualTo(hash);
    assertThat(ChainHash.of(new ChainEntry(TENANT, 1, AT, "a", "b", "t", "i", Map.of("k", "v"),
        "1".repeat(64)))).isNotEqualTo(hash);
  }

  @Test
  void encodingIsLengthPrefixed() {
    byte[] encoded = ChainHash.encode(entry("a", "b", null, null, Map.of()));
    // "tillid-audit-v1" is 15 bytes: its length comes first, big-endian
    assertThat(encoded).startsWith(0, 0, 0, 15);
  }
}
