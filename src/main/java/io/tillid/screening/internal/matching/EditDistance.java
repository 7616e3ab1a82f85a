package io.tillid.screening.internal.matching;

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions), stopping early
 * once it exceeds a bound. Reuses one thread's rows, so it does not allocate per call.
 */
final class EditDistance {

  private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][65]);

  private EditDistance() {}

  /** The distance, or {@code bound + 1} when it is larger than {@code bound}. */
  static int within(String a, String b, int bound) {
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
