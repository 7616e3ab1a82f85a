package io.tillid.screening.internal.matching;

import java.util.Arrays;

/**
 * One thread's working memory for queries on one index, reused so a query allocates little:
 * per name the accumulated evidence of the current query, stamped with the query's epoch instead
 * of being cleared.
 */
final class QueryScratch {

  /** Per name: the query's epoch when last touched, the query parts it covers (bits), their weighted length. */
  final int[] stamp;
  final int[] covered;
  final float[] weighted;
  final float[] entityScore;
  final int[] entityName;
  final int[] entityStamp;
  final IntSet seen = new IntSet();
  final NameAligner.Scratch aligner = new NameAligner.Scratch();
  final Token[][] byLength = new Token[NameNormalizer.MAX_TOKENS + 1][];
  /** Similarities of the query's parts to vocabulary parts met so far in this query. */
  final SimilarityCache similarities = new SimilarityCache();
  float[] matrix = new float[NameNormalizer.MAX_TOKENS * NameNormalizer.MAX_TOKENS];
  int[] touched = new int[1024];
  int touchedCount;
  private int epoch;

  QueryScratch(int names, int entities) {
    weighted = new float[names];
    covered = new int[names];
    stamp = new int[names];
    entityScore = new float[entities];
    entityName = new int[entities];
    entityStamp = new int[entities];
    for (int length = 0; length < byLength.length; length++) {
      byLength[length] = new Token[length];
    }
  }

  /** Starts a query: a new epoch (wrapping around by clearing the stamps). */
  int begin(int queryParts) {
    touchedCount = 0;
    similarities.clear(queryParts);
    epoch++;
    if (epoch == Integer.MAX_VALUE) {
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
