package io.tillid.screening.internal.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link WatchlistStore} in memory, for testing the import use case without a database. */
final class InMemoryWatchlistStore implements WatchlistStore {

  final Map<String, ListVersion> versions = new HashMap<>();
  final Map<String, Map<String, WatchlistEntity>> entities = new HashMap<>();
  final Map<String, List<ListChange>> changes = new HashMap<>();
  final Map<String, List<Ownership>> ownerships = new HashMap<>();

  @Override
  public Optional<ListVersion> current(String list) {
    return Optional.ofNullable(versions.get(list));
  }

  @Override
  public Map<String, String> currentHashes(String list) {
    Map<String, String> hashes = new HashMap<>();
    entities.getOrDefault(list, Map.of()).forEach((id, e) -> hashes.put(id, EntityFingerprint.of(e)));
    return hashes;
  }

  @Override
  public List<WatchlistEntity> currentEntities(String list) {
    return new ArrayList<>(entities.getOrDefault(list, Map.of()).values());
  }

  @Override
  public List<Ownership> currentOwnerships(String list) {
    return ownerships.getOrDefault(list, List.of());
  }

  @Override
  public void store(ListVersion version, List<WatchlistEntity> upserts, List<ListChange> changeList, List<Ownership> owned) {
    Map<String, WatchlistEntity> current = entities.computeIfAbsent(version.list(), k -> new HashMap<>());
    changeList.stream().filter(c -> c.kind() == ListChange.Kind.REMOVED).forEach(c -> current.remove(c.entityId()));
    upserts.forEach(e -> current.put(e.entityId(), e));
    versions.put(version.list(), version);
    changes.put(version.list(), changeList);
    ownerships.put(version.list(), new ArrayList<>(owned));
  }
}
