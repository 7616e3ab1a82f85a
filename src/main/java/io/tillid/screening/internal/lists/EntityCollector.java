package io.tillid.screening.internal.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects a parser's entities and tells the progress listener every {@link ParseProgress#EVERY}.
 * Entries with the same id (a person listed twice, for two positions) are merged into one.
 */
final class EntityCollector {

  private final Map<String, WatchlistEntity> entities = new LinkedHashMap<>();
  private final ParseProgress progress;

  EntityCollector(ParseProgress progress) {
    this.progress = progress;
  }

  void add(WatchlistEntity entity) {
    WatchlistEntity previous = entities.putIfAbsent(entity.entityId(), entity);
    if (previous != null) {
      entities.put(entity.entityId(), merge(previous, entity));
      return;
    }
    if (entities.size() % ParseProgress.EVERY == 0) {
      progress.entitiesRead(entities.size());
    }
  }

  int size() {
    return entities.size();
  }

  /** The entities read, after a final progress report. */
  List<WatchlistEntity> finish() {
    progress.entitiesRead(entities.size());
    return new ArrayList<>(entities.values());
  }

  private static WatchlistEntity merge(WatchlistEntity first, WatchlistEntity second) {
    List<EntityName> names = new ArrayList<>(first.names());
    second.names().stream().filter(name -> !names.contains(name)).forEach(names::add);
    return new WatchlistEntity(first.source(), first.entityId(),
        first.type() == EntityType.UNKNOWN ? second.type() : first.type(), names,
        union(first.birthDates(), second.birthDates()).stream().toList(), union(first.countries(), second.countries()),
        union(first.identifiers(), second.identifiers()).stream().toList(), union(first.programs(), second.programs()),
        earliest(first.listedOn(), second.listedOn()), List.of());
  }

  private static PartialDate earliest(PartialDate first, PartialDate second) {
    if (first == null || second == null) {
      return first == null ? second : first;
    }
    return first.toString().compareTo(second.toString()) <= 0 ? first : second;
  }

  private static <T> Set<T> union(java.util.Collection<T> first, java.util.Collection<T> second) {
    Set<T> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return all;
  }
}
