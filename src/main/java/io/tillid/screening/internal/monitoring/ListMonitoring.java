package io.tillid.screening.internal.monitoring;

import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantRef;
import io.tillid.platform.TenantScope;
import io.tillid.screening.internal.hits.CustomerScreenings;
import io.tillid.screening.internal.hits.StoredHit;
import io.tillid.screening.internal.hits.SubjectQuery;
import io.tillid.screening.internal.lists.ActiveWatchlists;
import io.tillid.screening.internal.lists.ListChange;
import io.tillid.screening.internal.lists.ListVersion;
import io.tillid.screening.internal.lists.WatchlistEntity;
import io.tillid.screening.internal.matching.ScreeningEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Ongoing monitoring. {@link #catchUp()} follows list imports: for every list whose current version
 * is ahead of what monitoring has rescreened, it screens every tenant's monitored customers against
 * the entries the imports since added or changed (an index of just those entries), and closes the
 * pending hits on removed entries. {@link #fullRescreen} screens them against all current lists.
 */
public final class ListMonitoring {

  /** How long one node holds a list's changes before another may take them over. */
  static final Duration CLAIM = Duration.ofHours(2);

  private final ActiveWatchlists lists;
  private final ListMarks marks;
  private final Rescreens rescreens;
  private final TenantDirectory tenants;
  private final CustomerScreenings.Matcher currentLists;
  private final Clock clock;

  public ListMonitoring(ActiveWatchlists lists, ListMarks marks, Rescreens rescreens, TenantDirectory tenants,
      CustomerScreenings.Matcher currentLists, Clock clock) {
    this.lists = lists;
    this.marks = marks;
    this.rescreens = rescreens;
    this.tenants = tenants;
    this.currentLists = currentLists;
    this.clock = clock;
  }

  /** Rescreens against what list imports changed since the last catch-up; the runs it made (none: nothing new). */
  public List<Run> catchUp() {
    Instant now = clock.instant();
    Map<String, Integer> claimed = new TreeMap<>();
    List<WatchlistEntity> changed = new ArrayList<>();
    Set<String> changedKeys = new HashSet<>();
    Map<String, Set<String>> removed = new HashMap<>();
    StringJoiner followed = new StringJoiner(" ");
    for (ListVersion version : lists.versions()) {
      OptionalInt mark = marks.claim(version.list(), version.version(), now, now.plus(CLAIM));
      if (mark.isEmpty()) {
        continue;
      }
      claimed.put(version.list(), version.version());
      followed.add(version.list() + ":" + version.version());
      Set<String> upserted = new HashSet<>();
      for (ListChange change : marks.changes(version.list(), mark.getAsInt(), version.version())) {
        if (change.kind() == ListChange.Kind.REMOVED) {
          removed.computeIfAbsent(version.list(), key -> new HashSet<>()).add(change.entityId());
        } else {
          upserted.add(change.entityId());
        }
      }
      if (!upserted.isEmpty()) {
        for (WatchlistEntity entity : lists.entities(version.list())) {
          if (upserted.contains(entity.entityId())) {
            changed.add(entity);
            changedKeys.add(version.list() + '\u001f' + entity.entityId());
          }
        }
      }
    }
    if (claimed.isEmpty()) {
      return List.of();
    }
    boolean done = false;
    try {
      List<Run> runs = new ArrayList<>();
      if (!changed.isEmpty() || !removed.isEmpty()) {
        ScreeningEngine engine = ScreeningEngine.build(changed);
        CustomerScreenings.Matcher matcher = (query, threshold) -> engine.normalize(query).isEmpty() ? List.of()
            : engine.screen(query, threshold, SubjectQuery.LIMIT);
        for (TenantId tenant : tenantIds()) {
          runs.add(rescreens.run(tenant, Run.LIST_CHANGE, followed.toString(), matcher,
              (StoredHit hit) -> changedKeys.contains(hit.list() + '\u001f' + hit.entityId()), removed));
        }
      }
      claimed.forEach(marks::done);
      done = true;
      return runs;
    } finally {
      if (!done) {
        claimed.keySet().forEach(marks::release); // the next catch-up repeats it
      }
    }
  }

  /** Rescreens every tenant's monitored customers against all current lists. */
  public List<Run> fullRescreen() {
    List<Run> runs = new ArrayList<>();
    for (TenantId tenant : tenantIds()) {
      runs.add(fullRescreen(tenant));
    }
    return runs;
  }

  /** Rescreens one tenant's monitored customers against all current lists. */
  public Run fullRescreen(TenantId tenant) {
    return rescreens.run(tenant, Run.FULL, "all", currentLists, hit -> true, Map.of());
  }

  private List<TenantId> tenantIds() {
    return TenantScope.system("monitoring rescreens every tenant", tenants::all).stream()
        .map(TenantRef::id).filter(id -> !TenantId.PLATFORM.equals(id)).toList();
  }
}
