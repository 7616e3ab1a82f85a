package io.tillid.screening.internal.lists;

import java.util.List;
import java.util.function.Consumer;

/**
 * The lists in force, for the matching engine and ongoing monitoring: every list's current version
 * and entries, and what each list's latest import changed. Reads what is committed; an import in
 * progress or a failed one is never seen.
 */
public interface ActiveWatchlists {

  /** The current version of every list ever imported, by list name. */
  List<ListVersion> versions();

  /** Every current entry of every list, one at a time (the lists are large; nothing is kept). */
  void forEachEntity(Consumer<WatchlistEntity> action);

  /** The current entries of one list. */
  List<WatchlistEntity> entities(String list);

  /** The current ownership relations of every list (owner id, asset id, share). */
  List<Ownership> ownerships();

  /** What the list's current version added, changed and removed against the one before it. */
  List<ListChange> lastChanges(String list);

  /** The current entries the list's latest import added or changed (for rescreening against them). */
  List<WatchlistEntity> lastChangedEntities(String list);
}
