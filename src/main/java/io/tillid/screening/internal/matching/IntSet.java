package io.tillid.screening.internal.matching;

import java.util.Arrays;

/** A small open-addressing set of non-negative ints, cleared and reused per query part. */
final class IntSet {

  private int[] slots = new int[64];
  private int size;

  boolean add(int value) {
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int slot = mix(value) & mask;
    while (slots[slot] != 0) {
      if (slots[slot] == value + 1) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    slots[slot] = value + 1;
    size++;
    return true;
  }

  void clear() {
    if (size > 0) {
      Arrays.fill(slots, 0);
      size = 0;
    }
  }

  private void grow() {
    int[] old = slots;
    slots = new int[old.length * 2];
    size = 0;
    for (int value : old) {
      if (value != 0) {
        add(value - 1);
      }
    }
  }

  private static int mix(int value) {
    int h = value * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
