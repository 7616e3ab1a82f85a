package io.tillid.screening.internal.matching;

/**
 * The deletion neighbourhood of a token (SymSpell): the token and every string made from it by
 * deleting up to {@link #depth} characters, as hashes. Two tokens within k edits (typos, swapped,
 * missing or extra letters) share a key when both sides generate their deletions up to k, so the
 * depth follows the edit budget of {@link TokenSimilarity}: every pair of parts that budget lets
 * match is found through the index, none is left to chance.
 */
final class Deletions {

  static final int MAX_LENGTH = 24;
  /** The most keys a token has: itself and up to three deletions of {@link #MAX_LENGTH} letters. */
  static final int MOST_KEYS = 1 + MAX_LENGTH + MAX_LENGTH * (MAX_LENGTH - 1) / 2
      + MAX_LENGTH * (MAX_LENGTH - 1) * (MAX_LENGTH - 2) / 6;

  private Deletions() {}

  interface HashSink {
    void accept(int hash);
  }

  /**
   * How many deletions a token of this length needs: the largest edit budget of any part it may
   * match, that is of any length M from its own up to M minus the budget at M (a 6-letter part may
   * match an 8-letter one two edits away).
   */
  static int depth(int length) {
    int depth = 0;
    for (int longer = length; longer <= length + 3; longer++) {
      int budget = TokenSimilarity.editBudget(longer);
      if (longer - length <= budget) {
        depth = Math.max(depth, budget);
      }
    }
    return depth;
  }

  static void forEach(String token, HashSink sink) {
    forEach(token, 3, sink);
  }

  /** The keys with at most {@code maxDepth} deletions into {@code out}; returns how many. */
  static int keys(String token, int maxDepth, int[] out) {
    int[] count = new int[1];
    forEach(token, maxDepth, hash -> out[count[0]++] = hash);
    return count[0];
  }

  /** The keys with at most {@code maxDepth} deletions (fewer when the length needs fewer). */
  static void forEach(String token, int maxDepth, HashSink sink) {
    int length = token.length();
    sink.accept(hash(token, -1, -1, -1));
    if (length < 2 || length > MAX_LENGTH) {
      return;
    }
    int depth = Math.min(Math.min(depth(length), maxDepth), length - 1);
    for (int a = 0; a < length; a++) {
      // deleting either letter of a double gives the same string: only the first
      if (a > 0 && token.charAt(a) == token.charAt(a - 1)) {
        continue;
      }
      sink.accept(hash(token, a, -1, -1));
      if (depth < 2) {
        continue;
      }
      for (int b = a + 1; b < length; b++) {
        if (b > a + 1 && token.charAt(b) == token.charAt(b - 1)) {
          continue;
        }
        sink.accept(hash(token, a, b, -1));
        if (depth < 3) {
          continue;
        }
        for (int c = b + 1; c < length; c++) {
          if (c > b + 1 && token.charAt(c) == token.charAt(c - 1)) {
            continue;
          }
          sink.accept(hash(token, a, b, c));
        }
      }
    }
  }

  private static int hash(String token, int skipA, int skipB, int skipC) {
    int hash = 17;
    for (int i = 0; i < token.length(); i++) {
      if (i != skipA && i != skipB && i != skipC) {
        hash = 31 * hash + token.charAt(i);
      }
    }
    hash *= 0x9E3779B1;
    return hash == 0 ? 1 : hash;
  }
}
