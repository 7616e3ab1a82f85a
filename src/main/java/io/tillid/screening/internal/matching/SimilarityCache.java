package io.tillid.screening.internal.matching;

import java.util.Arrays;

/**
 * Per query: the similarity of each query part to a vocabulary part, computed once however many
 * candidate names share that part (common parts such as Mohammed are in thousands).
 */
final class SimilarityCache {

  private int[] keys = new int[1024];
  private float[] values = new float[1024 * 8];
  private int parts = 1;
  private int size;
  /** The slots taken, in the order taken. */
  private int[] used = new int[512];

  void clear(int queryParts) {
    if (size > 0) {
      // the slots used, not the whole table (it stays as large as the largest query made it)
      if (size * 8 < keys.length) {
        for (int i = 0; i < size; i++) {
          keys[used[i]] = 0;
        }
      } else {
        Arrays.fill(keys, 0);
      }
      size = 0;
    }
    parts = queryParts;
    if (values.length < keys.length * parts) {
      values = new float[keys.length * parts];
    }
  }

  /** The offset in {@link #values()} of the similarities of {@code tokenId}, or -1 when not cached. */
  int find(int tokenId) {
    int mask = keys.length - 1;
    int slot = mix(tokenId) & mask;
    while (keys[slot] != 0) {
      if (keys[slot] == tokenId + 1) {
        return slot * parts;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Reserves room for {@code tokenId}'s similarities; returns their offset. */
  int put(int tokenId) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int slot = mix(tokenId) & mask;
    while (keys[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = tokenId + 1;
    if (size == used.length) {
      used = Arrays.copyOf(used, size * 2);
    }
    used[size++] = slot;
    return slot * parts;
  }

  float[] values() {
    return values;
  }

  private void grow() {
    int[] oldKeys = keys;
    float[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new float[keys.length * parts];
    size = 0;
    for (int slot = 0; slot < oldKeys.length; slot++) {
      if (oldKeys[slot] != 0) {
        int offset = put(oldKeys[slot] - 1);
        System.arraycopy(oldValues, slot * parts, values, offset, parts);
      }
    }
  }

  private static int mix(int value) {
    int h = value * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
