package io.tillid.screening.internal.matching;

import java.util.Arrays;

/**
 * A multimap from 32-bit key hashes to token ids: the ids grouped by key in one {@code int[]},
 * and an open-addressing table from each distinct key to its group, so a look-up costs a hash
 * probe, not a binary search (a query part looks up hundreds of deletion keys). Hash collisions
 * only add candidates, which the similarity check then drops.
 */
final class KeyTable {

  /** Per slot: the key (0 for empty) and where its ids start in {@link #ids}; ends at the next group's start. */
  private final int[] slotKeys;
  private final int[] slotGroup;
  private final int[] groupStart;
  private final int[] ids;

  private KeyTable(long[] sorted) {
    int groups = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || (int) (sorted[i] >> 32) != (int) (sorted[i - 1] >> 32)) {
        groups++;
      }
    }
    int capacity = Integer.highestOneBit(Math.max(4, groups * 2 - 1)) << 1;
    slotKeys = new int[capacity];
    slotGroup = new int[capacity];
    groupStart = new int[groups + 1];
    ids = new int[sorted.length];
    int group = -1;
    for (int i = 0; i < sorted.length; i++) {
      int key = (int) (sorted[i] >> 32);
      if (i == 0 || key != (int) (sorted[i - 1] >> 32)) {
        group++;
        groupStart[group] = i;
        int slot = mix(key) & (capacity - 1);
        while (slotKeys[slot] != 0) {
          slot = (slot + 1) & (capacity - 1);
        }
        slotKeys[slot] = key;
        slotGroup[slot] = group;
      }
      ids[i] = (int) sorted[i];
    }
    groupStart[groups] = sorted.length;
  }

  static final class Builder {
    private long[] entries = new long[1024];
    private int size;

    void add(int key, int tokenId) {
      if (key == 0) {
        return;
      }
      if (size == entries.length) {
        entries = Arrays.copyOf(entries, size * 2);
      }
      entries[size++] = ((long) key << 32) | (tokenId & 0xffffffffL);
    }

    KeyTable build() {
      long[] sorted = Arrays.copyOf(entries, size);
      Arrays.sort(sorted);
      int unique = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[unique++] = sorted[i];
        }
      }
      return new KeyTable(Arrays.copyOf(sorted, unique));
    }
  }

  /** Adds the ids of a key to the look-up's parts, in order. */
  void addAll(int key, NameIndex.Lookup lookup) {
    addGroup(group(key), lookup);
  }

  /**
   * Adds the ids of every key in {@code keys[0, count)} to the look-up's parts, in the order of
   * the keys: the slots of all keys first (reads that do not wait on one another), then their ids.
   */
  void addAll(int[] keys, int count, NameIndex.Lookup lookup) {
    int[] groups = lookup.groups;
    for (int k = 0; k < count; k++) {
      groups[k] = group(keys[k]);
    }
    for (int k = 0; k < count; k++) {
      addGroup(groups[k], lookup);
    }
  }

  private void addGroup(int group, NameIndex.Lookup lookup) {
    if (group >= 0) {
      for (int i = groupStart[group]; i < groupStart[group + 1]; i++) {
        lookup.add(ids[i]);
      }
    }
  }

  /** The group of a key, -1 when it has none. */
  private int group(int key) {
    if (key == 0) {
      return -1;
    }
    int mask = slotKeys.length - 1;
    int slot = mix(key) & mask;
    while (slotKeys[slot] != 0) {
      if (slotKeys[slot] == key) {
        return slotGroup[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  long bytes() {
    return 64L + 8L * slotKeys.length + 4L * groupStart.length + 4L * ids.length;
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 15);
  }
}
