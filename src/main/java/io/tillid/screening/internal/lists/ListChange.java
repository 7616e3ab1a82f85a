package io.tillid.screening.internal.lists;

/**
 * One entry an import added, changed or removed.
 *
 * @param contentHash the entry's {@link EntityFingerprint} after the change (for a removal: before it)
 */
public record ListChange(String entityId, Kind kind, String contentHash) {

  /** What happened to the entry. */
  public enum Kind {
    ADDED, CHANGED, REMOVED
  }
}
