package io.tillid.screening.internal.matching;

import java.util.Arrays;

/**
 * One thread's working memory for queries on one index, reused so a query allocates little:
 * per name the accumulated evidence of the current query, stamped with the query's epoch instead
 * of being cleared.
 */
final class QueryScratch {

  /** Query parts (and adjacent pairs) per query; the stamp keeps the part index in its low bits. */
  static final int PARTS = 64;

  final float[] weighted;
  final float[] covered;
  final int[] stamp;
  final float[] entityScore;
  final int[] entityName;
  final int[] entityStamp;
  final IntSet seen = new IntSet();
  final NameAligner.Scratch aligner = new NameAligner.Scratch();
  final Token[][] byLength = new Token[NameNormalizer.MAX_TOKENS + 1][];
  int[] touched = new int[1024];
  int touchedCount;
  private int epoch;

  QueryScratch(int names, int entities) {
    weighted = new float[names];
    covered = new float[names];
    stamp = new int[names];
    entityScore = new float[entities];
    entityName = new int[entities];
    entityStamp = new int[entities];
    for (int length = 0; length < byLength.length; length++) {
      byLength[length] = new Token[length];
    }
  }

  /** Starts a query: a new epoch (wrapping around by clearing the stamps). */
  int begin() {
    touchedCount = 0;
    epoch++;
    if (epoch >= Integer.MAX_VALUE / PARTS - 1) {
      Arrays.fill(stamp, 0);
      Arrays.fill(entityStamp, 0);
      epoch = 1;
    }
    return epoch;
  }

  void touch(int name) {
    if (touchedCount == touched.length) {
      touched = Arrays.copyOf(touched, touched.length * 2);
    }
    touched[touchedCount++] = name;
  }
}
