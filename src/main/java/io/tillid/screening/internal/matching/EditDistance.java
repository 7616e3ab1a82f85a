package io.tillid.screening.internal.matching;

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), stopping early
 * once it exceeds a bound. Parts of up to 64 characters of the first 128 code points, which is
 * nearly every folded name part, take the bit-parallel form (Hyyrö 2003: one machine word per
 * column instead of a row of cells); the others the table. Reuses one thread's buffers, so it
 * does not allocate per call.
 */
final class EditDistance {

  private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][65]);
  /** Per character below 128, the positions of the first part where it stands (cleared after each use). */
  private static final ThreadLocal<long[]> POSITIONS = ThreadLocal.withInitial(() -> new long[128]);

  private EditDistance() {}

  /** The distance, or {@code bound + 1} when it is larger than {@code bound}. */
  static int within(String a, String b, int bound) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > bound) {
      return bound + 1;
    }
    if (la == 0 || lb == 0) {
      return Math.min(Math.max(la, lb), bound + 1);
    }
    if (la <= 64 && ascii(a) && ascii(b)) {
      return Math.min(bitParallel(a, b), bound + 1);
    }
    return byTable(a, b, bound);
  }

  private static boolean ascii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /**
   * Hyyrö's bit-vector algorithm for the optimal string alignment distance: bit i of the vertical
   * deltas stands for row i of the current column, so a column of the table costs a few word
   * operations. {@code a} has 1 to 64 characters, both below 128.
   */
  private static int bitParallel(String a, String b) {
    long[] positions = POSITIONS.get();
    int m = a.length();
    for (int i = 0; i < m; i++) {
      positions[a.charAt(i)] |= 1L << i;
    }
    long vp = -1L;
    long vn = 0;
    long d0 = 0;
    long previous = 0;
    long last = 1L << (m - 1);
    int distance = m;
    for (int j = 0; j < b.length(); j++) {
      long pm = positions[b.charAt(j)];
      long transposed = (((~d0) & pm) << 1) & previous;
      d0 = (((pm & vp) + vp) ^ vp) | pm | vn | transposed;
      long hp = vn | ~(d0 | vp);
      long hn = d0 & vp;
      if ((hp & last) != 0) {
        distance++;
      } else if ((hn & last) != 0) {
        distance--;
      }
      hp = (hp << 1) | 1;
      hn = hn << 1;
      vp = hn | ~(d0 | hp);
      vn = hp & d0;
      previous = pm;
    }
    for (int i = 0; i < m; i++) {
      positions[a.charAt(i)] = 0;
    }
    return distance;
  }

  /** The table, row by row, stopping once a whole row exceeds the bound. */
  static int byTable(String a, String b, int bound) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > bound) {
      return bound + 1;
    }
    int[][] rows = la < 64 && lb < 64 ? ROWS.get() : new int[3][lb + 1];
    int[] before = rows[0];
    int[] previous = rows[1];
    int[] current = rows[2];
    for (int j = 0; j <= lb; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      current[0] = i;
      int rowMin = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= lb; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > bound) {
        return bound + 1;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[lb], bound + 1);
  }
}
