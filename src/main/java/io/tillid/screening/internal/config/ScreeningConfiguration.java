package io.tillid.screening.internal.config;

import io.tillid.screening.internal.lists.ActiveWatchlists;
import io.tillid.screening.internal.lists.ListVersion;
import io.tillid.screening.internal.lists.WatchlistEntity;
import io.tillid.screening.internal.screen.ScreeningService;
import io.tillid.screening.internal.screen.WatchlistSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java screening service to the list storage. */
@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

  /**
   * The stored lists' current versions: the engine is rebuilt from their entities whenever a
   * version changes (after every import); the versions are one small query per screening.
   */
  @Bean
  WatchlistSnapshot watchlistSnapshot(ActiveWatchlists lists) {
    return new StoredWatchlists(lists);
  }

  @Bean
  ScreeningService screeningService(WatchlistSnapshot snapshot) {
    return new ScreeningService(snapshot);
  }

  /** The stored lists as the screening service reads them. */
  private record StoredWatchlists(ActiveWatchlists lists) implements WatchlistSnapshot {

    @Override
    public List<WatchlistEntity> entities() {
      List<WatchlistEntity> all = new ArrayList<>();
      lists.forEachEntity(all::add);
      return all;
    }

    @Override
    public Map<String, String> versions() {
      Map<String, String> versions = new TreeMap<>();
      for (ListVersion version : lists.versions()) {
        versions.put(version.list(), Integer.toString(version.version()));
      }
      return versions;
    }
  }
}
