package io.tillid.screening.internal.matching;

import java.util.Arrays;

/**
 * A multimap from 32-bit key hashes to token ids in one sorted {@code long[]} ((hash, id) per
 * entry): eight bytes an entry, binary search to look up. Hash collisions only add candidates,
 * which the similarity check then drops.
 */
final class KeyTable {

  private final long[] entries;

  private KeyTable(long[] entries) {
    this.entries = entries;
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

  interface TokenSink {
    void accept(int tokenId);
  }

  void forEach(int key, TokenSink sink) {
    if (key == 0) {
      return;
    }
    long low = (long) key << 32;
    int index = Arrays.binarySearch(entries, low);
    if (index < 0) {
      index = -index - 1;
    }
    while (index < entries.length && (int) (entries[index] >> 32) == key) {
      sink.accept((int) entries[index]);
      index++;
    }
  }

  long bytes() {
    return 16L + entries.length * 8L;
  }
}
