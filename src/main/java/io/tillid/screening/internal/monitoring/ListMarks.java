package io.tillid.screening.internal.monitoring;

import io.tillid.screening.internal.lists.ListChange;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

/**
 * How far monitoring has followed each list (platform-wide), with a claim so that one node at a
 * time rescreens a list's changes (the persistence adapter implements it).
 */
public interface ListMarks {

  /**
   * Claims the list until {@code until} if monitoring is behind {@code current} and nobody else
   * holds an unexpired claim.
   *
   * @return the version monitoring has rescreened up to (0: none), or empty when not claimed
   */
  OptionalInt claim(String list, int current, Instant now, Instant until);

  /** What the versions after {@code after} up to {@code upTo} changed, the latest change of each entry. */
  List<ListChange> changes(String list, int after, int upTo);

  /** Records that every tenant was rescreened up to the version, and releases the claim. */
  void done(String list, int version);

  /** Releases the claim without progress (the rescreen failed; the next catch-up repeats it). */
  void release(String list);
}
