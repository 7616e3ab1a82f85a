package io.tillid.screening.internal.lists;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where list versions are kept (the persistence adapter implements it). */
public interface WatchlistStore {

  /** The list's current version, if it was ever imported. */
  Optional<ListVersion> current(String list);

  /** The current version's content hashes by entity id. */
  Map<String, String> currentHashes(String list);

  /** The current version's entries (a delta import of a list with ownerships re-derives their flags). */
  List<WatchlistEntity> currentEntities(String list);

  /** The current version's ownership relations. */
  List<Ownership> currentOwnerships(String list);

  /**
   * Stores a new version in one transaction: the version row, the new and changed entities, the end
   * of the removed and replaced ones, the change record, the ownership relations. Nothing is
   * written if anything fails; a concurrent import of the same list makes one of the two fail.
   *
   * @param upserts the added and changed entities (unchanged ones stay as they are)
   */
  void store(ListVersion version, List<WatchlistEntity> upserts, List<ListChange> changes, List<Ownership> ownerships);
}
