package io.tillid.screening.internal.screen;

import io.tillid.screening.internal.lists.WatchlistEntity;
import java.util.List;
import java.util.Map;

/** A snapshot that never changes: for tests, and empty until list storage lands. */
record FixedWatchlistSnapshot(List<WatchlistEntity> entities, Map<String, String> versions)
    implements WatchlistSnapshot {

  FixedWatchlistSnapshot {
    entities = List.copyOf(entities);
    versions = Map.copyOf(versions);
  }
}
