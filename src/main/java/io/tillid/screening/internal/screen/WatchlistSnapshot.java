package io.tillid.screening.internal.screen;

import io.tillid.screening.internal.lists.WatchlistEntity;
import java.util.List;
import java.util.Map;

/**
 * THE SEAM TO LIST STORAGE: what the screening engine is built from. The list importers' storage
 * implements it (the entities of the current version of every list, and those versions); until it
 * does, {@link #empty()} stands in (see {@code ScreeningConfiguration}).
 *
 * <p>{@link #versions()} is asked on every screening to notice a new list version, so it must be
 * cheap; {@link #entities()} only when a version changed, when the engine is rebuilt.
 */
public interface WatchlistSnapshot {

  /** Every entity of the current version of every list. */
  List<WatchlistEntity> entities();

  /** The current version of each list, by source ({@code ofac-sdn} to {@code 2021-07-07}, ...). */
  Map<String, String> versions();

  static WatchlistSnapshot empty() {
    return of(List.of(), Map.of());
  }

  static WatchlistSnapshot of(List<WatchlistEntity> entities, Map<String, String> versions) {
    return new FixedWatchlistSnapshot(entities, versions);
  }
}
