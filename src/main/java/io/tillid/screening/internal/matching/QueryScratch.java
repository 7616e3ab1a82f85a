package io.tillid.screening.internal.matching;

import java.util.Arrays;

/**
 * One thread's working memory for queries on one index, reused so a query allocates little:
 * per name the accumulated evidence of the current query, stamped with the query's epoch instead
 * of being cleared.
 */
final class QueryScratch {

  /**
   * Per name, side by side (one cache line): the query's epoch when last touched (at 3n), its
   * place among the names touched by this query (at 3n+1) and its characters (at 3n+2, fixed, so
   * the estimate does not read them from elsewhere). What the query found in the name is kept
   * densely by that place, so the candidate selection reads it in sequence: the query parts it
   * covers (bits), the length of those pairs weighted by their similarity (query and listed part),
   * the length of the listed parts paired.
   */
  private int[] stampAndSlot;
  private final short[] nameChars;
  int[] touched = new int[1024];
  int[] chars = new int[1024];
  int[] covered = new int[1024];
  float[] weighted = new float[1024];
  float[] listed = new float[1024];
  /** The query characters the name's pairs confirm (an initial confirms one of the part it stands for). */
  float[] confirmed = new float[1024];
  /** The similarity of the name's most alike pair, and the longest listed part of its pairs as alike. */
  float[] mostAlike = new float[1024];
  float[] asAlike = new float[1024];
  int touchedCount;
  /**
   * The query's parts' (and joined pairs') similar vocabulary parts: (similarity, entry) packed to
   * sort best first, and per entry the vocabulary part, the query bits and the query part's length.
   */
  long[] similar = new long[256];
  int[] similarToken = new int[256];
  int[] similarBits = new int[256];
  float[] similarLength = new float[256];
  int similarCount;
  /**
   * The similar parts best first (by rank): part, query bits, query part's length, listed part's
   * length, similarity; (part, rank) packed and sorted to find a listed part's ranks; (postings,
   * rank) packed to order them by frequency; the ranks found in one name.
   */
  int[] rankToken = new int[256];
  int[] rankBits = new int[256];
  float[] rankLength = new float[256];
  float[] rankListed = new float[256];
  float[] rankSimilarity = new float[256];
  long[] byToken = new long[256];
  int[] nameRanks = new int[64];
  final float[] entityScore;
  final int[] entityName;
  final int[] entityStamp;
  final NameIndex.Lookup lookup = new NameIndex.Lookup();
  final NameAligner.Scratch aligner = new NameAligner.Scratch();
  final Token[][] byLength = new Token[NameNormalizer.MAX_TOKENS + 1][];
  /** Similarities of the query's parts to vocabulary parts met so far in this query. */
  final SimilarityCache similarities = new SimilarityCache();
  /** The query's {@link SameScript#key}, null for most queries. */
  String scriptKey;
  float[] matrix = new float[NameNormalizer.MAX_TOKENS * NameNormalizer.MAX_TOKENS];
  private int epoch;

  /** Query parts (bits) a name's cover can hold. */
  static final int COVER_BITS = 8;
  /**
   * Per name, the query bits of the similar parts it has (the first pass of a bounded gather);
   * zero outside a query: the pass clears what it set, or {@link #begin} when it did not finish.
   */
  final byte[] cover;
  /**
   * Per name a bit: found by the first pass (an eighth of the cover's size, tested before it for
   * the postings of names too long to be noted).
   */
  final long[] foundSet;
  boolean coverDirty;
  /** The names the first pass found, in the order found, and their characters as posted. */
  private int[] foundNames = new int[1024];
  byte[] foundChars = new byte[1024];
  /** Per query bit, the longest listed part paired with it; per cover, the most characters a name may have. */
  final float[] longest = new float[NameNormalizer.MAX_TOKENS];
  final int[] maxChars = new int[1 << COVER_BITS];
  /** The same per cover and number of query initials left that the name has no part of their letter for. */
  final int[] maxCharsWithInitials = new int[(1 << COVER_BITS) * (NameNormalizer.MAX_TOKENS + 1)];
  /** Per rank, its bits in the cover (see {@code ScreeningEngine.pseudoBits}); per bit of a listed initial, its query bits. */
  byte[] rankCover = new byte[256];
  final int[] pseudoParts = new int[COVER_BITS];

  QueryScratch(short[] nameChars, int entities) {
    this.nameChars = nameChars;
    cover = new byte[nameChars.length];
    foundSet = new long[(nameChars.length + 63) >>> 6];
    entityScore = new float[entities];
    entityName = new int[entities];
    entityStamp = new int[entities];
    for (int length = 0; length < byLength.length; length++) {
      byLength[length] = new Token[length];
    }
  }

  /**
   * The per-name stamps, made when a query first reads every posting into the evidence (12 bytes
   * a name; bounded queries of at most {@link #COVER_BITS} parts never need them).
   */
  int[] stamps() {
    if (stampAndSlot == null) {
      int[] stamps = new int[3 * nameChars.length];
      for (int n = 0; n < nameChars.length; n++) {
        stamps[3 * n + 2] = nameChars[n];
      }
      stampAndSlot = stamps;
    }
    return stampAndSlot;
  }

  /** Starts a query: a new epoch (wrapping around by clearing the stamps). */
  int begin(int queryParts) {
    touchedCount = 0;
    if (coverDirty) {
      Arrays.fill(cover, (byte) 0);
      Arrays.fill(foundSet, 0L);
      coverDirty = false;
    }
    similarities.clear(queryParts);
    epoch++;
    if (epoch == Integer.MAX_VALUE) {
      for (int n = 0; stampAndSlot != null && n < stampAndSlot.length; n += 3) {
        stampAndSlot[n] = 0;
      }
      Arrays.fill(entityStamp, 0);
      epoch = 1;
    }
    return epoch;
  }

  void addSimilar(int token, int bits, float length, double similarity) {
    int entry = similarCount;
    if (entry == similar.length) {
      similar = Arrays.copyOf(similar, entry * 2);
      similarToken = Arrays.copyOf(similarToken, entry * 2);
      similarBits = Arrays.copyOf(similarBits, entry * 2);
      similarLength = Arrays.copyOf(similarLength, entry * 2);
    }
    similar[entry] = ((long) (int) Math.round((1 - similarity) * 1_000_000) << 32) | entry;
    similarToken[entry] = token;
    similarBits[entry] = bits;
    similarLength[entry] = length;
    similarCount++;
  }

  /** Open addressing from a listed part (+1; 0 empty) to where its ranks start in byToken. */
  private int[] tableKeys = new int[1024];
  private int[] tableAt = new int[1024];
  private int tableMask;

  /** Open addressing from a name (+1; 0 empty) to its slot among the touched names. */
  private int[] slotKeys = new int[1024];
  private int[] slotValues = new int[1024];
  private int slotMask;

  /** Fills the slot table from the names touched so far. */
  void indexSlots() {
    int capacity = Integer.highestOneBit(Math.max(16, touchedCount * 2 - 1)) << 1;
    if (slotKeys.length < capacity) {
      slotKeys = new int[capacity];
      slotValues = new int[capacity];
    } else {
      // only the part this query uses (the table stays as large as the largest query made it)
      Arrays.fill(slotKeys, 0, capacity, 0);
    }
    slotMask = capacity - 1;
    int mask = slotMask;
    for (int slot = 0; slot < touchedCount; slot++) {
      int name = touched[slot];
      int at = (name * 0x9E3779B9 >>> 7) & mask;
      while (slotKeys[at] != 0) {
        at = (at + 1) & mask;
      }
      slotKeys[at] = name + 1;
      slotValues[at] = slot;
    }
  }

  /** The slot of a touched name (which must be in the slot table). */
  int slotOf(int name) {
    int mask = slotMask;
    int at = (name * 0x9E3779B9 >>> 7) & mask;
    while (slotKeys[at] != name + 1) {
      at = (at + 1) & mask;
    }
    return slotValues[at];
  }

  /** Fills the table from byToken (sorted, {@code count} long). */
  void indexRanks(int count) {
    int capacity = Integer.highestOneBit(Math.max(16, count * 4 - 1)) << 1;
    if (tableKeys.length < capacity) {
      tableKeys = new int[capacity];
      tableAt = new int[capacity];
    } else {
      Arrays.fill(tableKeys, 0, capacity, 0);
    }
    tableMask = capacity - 1;
    int mask = tableMask;
    for (int at = 0; at < count; at++) {
      int token = (int) (byToken[at] >>> 32);
      if (at > 0 && (int) (byToken[at - 1] >>> 32) == token) {
        continue;
      }
      int slot = (token * 0x9E3779B9 >>> 7) & mask;
      while (tableKeys[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      tableKeys[slot] = token + 1;
      tableAt[slot] = at;
    }
  }

  /** Where the ranks of the listed part start in byToken, -1 when it is not a similar part. */
  int firstRank(int token) {
    int mask = tableMask;
    int slot = (token * 0x9E3779B9 >>> 7) & mask;
    while (tableKeys[slot] != 0) {
      if (tableKeys[slot] == token + 1) {
        return tableAt[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Makes room for {@code count} ranked similar parts. */
  void ensureRanks(int count) {
    if (rankToken.length < count) {
      int grown = Math.max(count, rankToken.length * 2);
      rankToken = new int[grown];
      rankBits = new int[grown];
      rankLength = new float[grown];
      rankListed = new float[grown];
      rankSimilarity = new float[grown];
      byToken = new long[grown];
    }
  }

  /** Per cover bit, the most alike rank's similarity; the same with one bit's lowered; per part and similarity step, the most characters a name first found there may have. */
  final float[] bitSimilarity = new float[COVER_BITS];
  final float[] noteSimilarity = new float[COVER_BITS];
  final int[] noteLimit = new int[COVER_BITS * NOTE_STEPS];
  /** Steps of the similarity a name's first part is noted with (see ScreeningEngine#gatherBounded). */
  static final int NOTE_STEPS = 65;

  /** Per rank, the most characters of a name a query of one part notes through it. */
  private int[] onePartChars = new int[256];

  int[] onePartChars(int count) {
    onePartChars = room(onePartChars, count);
    return onePartChars;
  }

  /** The most characters of a name noted by the first pass so far (see ScreeningEngine#gatherBounded). */
  int notedChars;
  /** Per rank, where reading its postings again for the kept names' evidence ends. */
  private int[] readTo = new int[256];

  int[] readTo(int count) {
    readTo = room(readTo, count);
    return readTo;
  }

  /** The candidates selected, keyed for sorting (see ScreeningEngine#select): room for {@code count}. */
  private long[] selected = new long[256];

  /** The array, or a new one at least twice as large when it has no room for {@code count} (contents not kept). */
  private static int[] room(int[] array, int count) {
    return array.length < count ? new int[Math.max(count, array.length * 2)] : array;
  }

  long[] selected(int count) {
    if (selected.length < count) {
      selected = new long[Math.max(count, selected.length * 2)];
    }
    return selected;
  }

  byte[] ensureRankCover(int count) {
    if (rankCover.length < count) {
      rankCover = new byte[Math.max(count, rankCover.length * 2)];
    }
    return rankCover;
  }

  /** A chunk of candidates read ahead of scoring: where their parts start, how many, flags, legal forms, the parts. */
  final int[] chunkFirst = new int[64];
  final int[] chunkCount = new int[64];
  final byte[] chunkFlags = new byte[64];
  final short[] chunkForms = new short[64];
  private int[] chunkParts = new int[256];
  int chunkPartCount;
  /** What reading the parts ahead gave (kept so the reads are not left out as unused). */
  int touchedParts;

  int[] chunkParts(int count) {
    chunkParts = room(chunkParts, count);
    return chunkParts;
  }

  /**
   * Per query part, the postings of its similar parts; the parts in reading order; each part's
   * place in it; per place, the most characters a name first found there may have.
   */
  final long[] postingsOfPart = new long[NameNormalizer.MAX_TOKENS];
  final int[] partOrder = new int[NameNormalizer.MAX_TOKENS];
  final int[] partPosition = new int[NameNormalizer.MAX_TOKENS];
  final int[] partReach = new int[NameNormalizer.MAX_TOKENS + 1];

  int[] foundNames() {
    return foundNames;
  }

  /** Room for {@code count} names found by a first pass. */
  int[] ensureFound(int count) {
    if (foundNames.length < count) {
      foundNames = new int[Math.max(count, foundNames.length * 2)];
      foundChars = new byte[foundNames.length];
    }
    return foundNames;
  }

  /** Records a name found by the query (its evidence is filled in later); returns its slot. */
  int found(int name, int nameChars) {
    return touch(name, nameChars, 0, 0, 0, 0, 0);
  }

  /** Records the first pair found in a name (the most alike, {@code similarity}); returns its slot. */
  int touch(int name, int nameChars, int bits, float weight, float listedLength, float confirmedLength,
      float similarity) {
    if (touchedCount == touched.length) {
      int grown = touched.length * 2;
      touched = Arrays.copyOf(touched, grown);
      chars = Arrays.copyOf(chars, grown);
      covered = Arrays.copyOf(covered, grown);
      weighted = Arrays.copyOf(weighted, grown);
      listed = Arrays.copyOf(listed, grown);
      confirmed = Arrays.copyOf(confirmed, grown);
      mostAlike = Arrays.copyOf(mostAlike, grown);
      asAlike = Arrays.copyOf(asAlike, grown);
    }
    int slot = touchedCount++;
    touched[slot] = name;
    chars[slot] = nameChars;
    covered[slot] = bits;
    weighted[slot] = weight;
    listed[slot] = listedLength;
    confirmed[slot] = confirmedLength;
    mostAlike[slot] = similarity;
    asAlike[slot] = listedLength;
    return slot;
  }
}
