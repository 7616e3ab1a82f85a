package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.identity.internal.SigningKeyRepository.StoredKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRingTest {

  private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
  private static final Duration ROTATION = Duration.ofDays(30);
  private static final Duration LIFETIME = Duration.ofMinutes(10);

  @Test
  void aNewKeyIsDueWithoutKeysAndOnceTheNewestIsOlderThanTheRotation() {
    assertThat(KeyRing.newKeyDue(List.of(), NOW, ROTATION)).isTrue();
    assertThat(KeyRing.newKeyDue(List.of(key("a", NOW.minus(Duration.ofDays(29)))), NOW, ROTATION)).isFalse();
    assertThat(KeyRing.newKeyDue(List.of(key("a", NOW.minus(ROTATION))), NOW, ROTATION)).isTrue();
  }

  @Test
  void aRetiredKeyStaysPublishedUntilItsLastTokensHaveExpired() {
    StoredKey newest = key("new", NOW.minus(Duration.ofMinutes(5)));
    StoredKey previous = key("prev", NOW.minus(Duration.ofDays(31)));
    StoredKey older = key("old", NOW.minus(Duration.ofDays(61)));
    assertThat(KeyRing.published(List.of(newest, previous, older), NOW, LIFETIME)).containsExactly(newest, previous);

    StoredKey longAgo = key("new", NOW.minus(LIFETIME).minus(KeyRing.MARGIN).minusSeconds(1));
    assertThat(KeyRing.published(List.of(longAgo, previous), NOW, LIFETIME)).containsExactly(longAgo);
  }

  private static StoredKey key(String kid, Instant created) {
    return new StoredKey(kid, "{}", new byte[0], created);
  }
}
