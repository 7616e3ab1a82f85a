package io.tillid.screening.internal.lists;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a new version changes against the current one, by entity id and content hash. */
@SuppressFBWarnings(value = "UNSAFE_HASH_EQUALS",
    justification = "Content hashes of public list entries are fingerprints, not secrets.")
final class ListDiff {

  private ListDiff() {}

  /**
   * @param current the current version's content hashes by entity id
   * @param incoming the parsed entities with their hashes (full list or delta upserts)
   * @param removedIds ids a delta removes (ignored unless listed now)
   * @param full whether {@code incoming} is the whole new list (everything else is removed)
   */
  static List<ListChange> between(Map<String, String> current, Map<String, String> incoming, Collection<String> removedIds,
      boolean full) {
    List<ListChange> changes = new ArrayList<>();
    incoming.forEach((id, hash) -> {
      String before = current.get(id);
      if (before == null) {
        changes.add(new ListChange(id, ListChange.Kind.ADDED, hash));
      } else if (!before.equals(hash)) {
        changes.add(new ListChange(id, ListChange.Kind.CHANGED, hash));
      }
    });
    Set<String> gone = full ? current.keySet() : Set.copyOf(removedIds);
    current.forEach((id, hash) -> {
      if (gone.contains(id) && !(full && incoming.containsKey(id))) {
        changes.add(new ListChange(id, ListChange.Kind.REMOVED, hash));
      }
    });
    return changes;
  }
}
