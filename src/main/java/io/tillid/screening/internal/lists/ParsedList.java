package io.tillid.screening.internal.lists;

import java.util.List;
import java.util.Set;

/**
 * What a parser read from one file. A full list replaces the previous version; a delta
 * ({@link #delta()} true, OpenSanctions delta files) adds or replaces {@code entities} and removes
 * {@code removedIds} from it.
 */
public record ParsedList(List<WatchlistEntity> entities, List<Ownership> ownerships, Set<String> removedIds,
    boolean delta) {

  public ParsedList {
    entities = List.copyOf(entities);
    ownerships = List.copyOf(ownerships);
    removedIds = Set.copyOf(removedIds);
  }

  /** A complete list. */
  public static ParsedList full(List<WatchlistEntity> entities, List<Ownership> ownerships) {
    return new ParsedList(entities, ownerships, Set.of(), false);
  }
}
