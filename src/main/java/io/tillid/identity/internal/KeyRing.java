package io.tillid.identity.internal;

import io.tillid.identity.internal.SigningKeyRepository.StoredKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which signing keys count now, from the stored ones (newest first): the newest signs until it is
 * older than the rotation period, then a new one is due; an older key is retired when the next
 * one was made, and stays published until every token it could have signed has expired (the
 * token lifetime plus a margin for caches and clocks).
 */
final class KeyRing {

  /** How long a node may still sign with a key another node already replaced, plus clock skew. */
  static final Duration MARGIN = Duration.ofMinutes(2);

  private KeyRing() {}

  static boolean newKeyDue(List<StoredKey> newestFirst, Instant now, Duration rotation) {
    return newestFirst.isEmpty() || !newestFirst.get(0).createdAt().plus(rotation).isAfter(now);
  }

  static List<StoredKey> published(List<StoredKey> newestFirst, Instant now, Duration tokenLifetime) {
    List<StoredKey> published = new ArrayList<>();
    for (int i = 0; i < newestFirst.size(); i++) {
      Instant retired = i == 0 ? null : newestFirst.get(i - 1).createdAt();
      if (retired == null || retired.plus(tokenLifetime).plus(MARGIN).isAfter(now)) {
        published.add(newestFirst.get(i));
      }
    }
    return published;
  }
}
