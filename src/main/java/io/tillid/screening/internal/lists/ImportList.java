package io.tillid.screening.internal.lists;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports one list file as a new version of its list: parses all of it first, then stores the
 * version with what it added, changed and removed in one transaction. A file that cannot be read
 * changes nothing, and the current version stays in use. Importing the very file the current version
 * came from (same SHA-256) makes no new version. Entities that listed parties own 50% or more of are
 * flagged in the version itself ({@link OwnedOrControlled}), so a new or lost flag is a change.
 */
@SuppressFBWarnings(value = "UNSAFE_HASH_EQUALS",
    justification = "File and content hashes of public lists are fingerprints, not secrets: no timing attack to fear.")
public final class ImportList {

  private final ListParsers parsers;
  private final WatchlistStore store;
  private final Clock clock;

  public ImportList(ListParsers parsers, WatchlistStore store, Clock clock) {
    this.parsers = parsers;
    this.store = store;
    this.clock = clock;
  }

  /**
   * The version's time is kept to the microsecond, as the database keeps it.
   *
   * @throws IllegalArgumentException for an unknown source id
   * @throws ListFormatException when the file is missing, unreadable or malformed (nothing is written)
   */
  public ImportOutcome run(String source, Path file, ParseProgress progress) throws ListFormatException {
    ListParser parser = parsers.forSource(source).orElseThrow(() -> new IllegalArgumentException("unknown source"));
    String name = FileNames.of(file);
    if (!Files.isReadable(file)) {
      throw new ListFormatException(name, "cannot be read");
    }
    String hash;
    try {
      hash = FileHash.of(file);
    } catch (IOException e) {
      throw new ListFormatException(name, "cannot be read");
    }
    var current = store.current(parser.list());
    if (current.isPresent() && current.get().fileSha256().equals(hash)) {
      return new ImportOutcome(current.get(), true);
    }
    ParsedList parsed = parser.parse(file, progress);
    if (!parsed.delta() && parsed.entities().isEmpty()) {
      throw new ListFormatException(name, "holds no entries");
    }
    return new ImportOutcome(storeVersion(parser, parsed, hash, current.map(ListVersion::version).orElse(0)), false);
  }

  private ListVersion storeVersion(ListParser parser, ParsedList parsed, String hash, int previous) {
    Map<String, String> before = store.currentHashes(parser.list());
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<Ownership> ownerships = ownerships(parser.list(), parsed);
    // With ownership relations, the owned-or-controlled flags are derived over the whole new version;
    // a delta is then applied to the current entries first and compared as a full list.
    boolean whole = !parsed.delta() || !ownerships.isEmpty() || !store.currentOwnerships(parser.list()).isEmpty();
    Map<String, WatchlistEntity> incoming = new LinkedHashMap<>();
    if (parsed.delta() && whole) {
      store.currentEntities(parser.list()).forEach(entity -> incoming.put(entity.entityId(), entity));
      parsed.removedIds().forEach(incoming::remove);
    }
    parsed.entities().stream().filter(e -> !parsed.removedIds().contains(e.entityId()))
        .forEach(entity -> incoming.put(entity.entityId(), entity));
    if (whole) {
      OwnedOrControlled.derive(new ArrayList<>(incoming.values()), ownerships, LocalDate.ofInstant(now, ZoneOffset.UTC))
          .forEach(entity -> incoming.put(entity.entityId(), entity));
    }
    Map<String, String> hashes = new LinkedHashMap<>();
    incoming.forEach((id, entity) -> hashes.put(id, EntityFingerprint.of(entity)));
    List<ListChange> changes = ListDiff.between(before, hashes, parsed.removedIds(), whole);
    List<WatchlistEntity> upserts = changes.stream().filter(c -> c.kind() != ListChange.Kind.REMOVED)
        .map(c -> incoming.get(c.entityId())).toList();
    int removed = (int) changes.stream().filter(c -> c.kind() == ListChange.Kind.REMOVED).count();
    int added = (int) changes.stream().filter(c -> c.kind() == ListChange.Kind.ADDED).count();
    int size = whole ? incoming.size() : before.size() + added - removed;
    ListVersion version = new ListVersion(parser.list(), previous + 1, parser.source(), now, hash, size,
        added, changes.size() - added - removed, removed);
    store.store(version, upserts, changes, ownerships);
    return version;
  }

  private List<Ownership> ownerships(String list, ParsedList parsed) {
    if (!parsed.delta()) {
      return parsed.ownerships();
    }
    Map<String, Ownership> merged = new LinkedHashMap<>();
    store.currentOwnerships(list).forEach(o -> merged.put(o.relationId(), o));
    parsed.removedIds().forEach(merged::remove);
    parsed.ownerships().forEach(o -> merged.put(o.relationId(), o));
    return new ArrayList<>(merged.values());
  }
}
