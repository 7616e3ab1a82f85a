package io.tillid.screening.internal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores two names as bags of parts: pairs each query part with its most similar listed part,
 * best pairs first, each part used once (so order does not matter: "PUTIN, Vladimir" is "Vladimir
 * Putin"). Two adjacent parts may also pair with one part written together (Abdul Rahman,
 * Abdulrahman; Jin Ping, Jinping). The score is the similarity of the paired parts weighted by
 * their length, against all parts: unpaired parts weigh {@link #CONFLICT} per character when both
 * names have some (Vladimir Putin, Vladimir Biliy), only {@link #OMISSION} when one name merely
 * says more (a middle name, a patronymic, a surname alone). An unpaired number always conflicts.
 * An initial paired with a name confirms one character of it; the rest of that name counts as
 * unpaired (so "V Putin" matches "Vladimir Putin", but "Acme" is not confirmed by an "A").
 */
final class NameAligner {

  /** Weight per character of unpaired parts when both names have some (the names disagree). */
  static final double CONFLICT = 1.5;
  /** Weight per character of unpaired parts when only one name has them (one says more: a middle name). */
  static final double OMISSION = 0.2;
  /** Characters an unpaired initial weighs when the other name has one too (they differ). */
  static final int INITIAL_CONFLICT = 3;
  /** Joined pairs score a little below the same similarity of single parts, so singles win ties. */
  static final double JOINED_FACTOR = 0.97;


  /** One paired unit: query parts [qFrom, qFrom+qCount) with listed parts [cFrom, cFrom+cCount). */
  record Pair(int qFrom, int qCount, int cFrom, int cCount, double similarity, MatchKind kind) {}

  /** The score and, when asked for, the pairs behind it. */
  record Alignment(double score, List<Pair> pairs, boolean[] queryUsed, boolean[] listUsed) {}

  /** Reusable buffers of one thread. */
  static final class Scratch {
    double[] sim = new double[256];
    int[] qFrom = new int[256];
    int[] qCount = new int[256];
    int[] cFrom = new int[256];
    int[] cCount = new int[256];
    boolean[] taken = new boolean[256];
    /** Characters a pair of a cut-off part and the part it begins confirms (0: an ordinary pair). */
    int[] confirmed = new int[256];
    boolean[] qUsed = new boolean[NameNormalizer.MAX_TOKENS];
    boolean[] cUsed = new boolean[NameNormalizer.MAX_TOKENS];
    int size;
    /** Whether the listed name is an organisation's (acronyms are read only in their names). */
    boolean organisation;
    /** The query whose parts written together {@link #joinedQuery} holds (its parts, in order). */
    private final Token[] joinedFor = new Token[NameNormalizer.MAX_TOKENS];
    private int joinedForLength = -1;
    /** The query's parts written together, at from * (MOST_JOINED + 1) + count, built when first asked for. */
    private final Token[] joinedQuery = new Token[NameNormalizer.MAX_TOKENS * (MOST_JOINED + 1)];

    /**
     * Query parts [from, from + count) written together: built once per query, as every listed
     * name scored against it may ask for the same ones.
     */
    Token joinedQuery(Token[] query, int from, int count) {
      if (!sameQuery(query)) {
        Arrays.fill(joinedQuery, null);
        System.arraycopy(query, 0, joinedFor, 0, query.length);
        joinedForLength = query.length;
      }
      int at = from * (MOST_JOINED + 1) + count;
      if (joinedQuery[at] == null) {
        joinedQuery[at] = Token.joined(query, from, count);
      }
      return joinedQuery[at];
    }

    private boolean sameQuery(Token[] query) {
      if (query.length != joinedForLength) {
        return false;
      }
      for (int i = 0; i < query.length; i++) {
        if (query[i] != joinedFor[i]) {
          return false;
        }
      }
      return true;
    }

    void add(double similarity, int qf, int qc, int cf, int cc) {
      if (size == sim.length) {
        int grown = size * 2;
        sim = java.util.Arrays.copyOf(sim, grown);
        qFrom = java.util.Arrays.copyOf(qFrom, grown);
        qCount = java.util.Arrays.copyOf(qCount, grown);
        cFrom = java.util.Arrays.copyOf(cFrom, grown);
        cCount = java.util.Arrays.copyOf(cCount, grown);
        taken = java.util.Arrays.copyOf(taken, grown);
        confirmed = java.util.Arrays.copyOf(confirmed, grown);
      }
      sim[size] = similarity;
      qFrom[size] = qf;
      qCount[size] = qc;
      cFrom[size] = cf;
      cCount[size] = cc;
      taken[size] = false;
      confirmed[size] = 0;
      size++;
    }
  }

  /**
   * The score, with the part similarities given: {@code similarities[i * listed.length + j]} is
   * that of query part i and listed part j (the engine caches them per query).
   */
  double score(Token[] query, Token[] listed, float[] similarities, Scratch scratch, boolean organisation) {
    scratch.organisation = organisation;
    return align(query, listed, similarities, scratch, false).score();
  }

  Alignment explain(Token[] query, Token[] listed, boolean organisation) {
    return explain(query, listed, organisation, new Scratch());
  }

  /** The same with a thread's reusable buffers (the alignment returned does not refer to them). */
  Alignment explain(Token[] query, Token[] listed, boolean organisation, Scratch scratch) {
    scratch.organisation = organisation;
    return align(query, listed, null, scratch, true);
  }

  private Alignment align(Token[] query, Token[] listed, float[] given, Scratch s, boolean explain) {
    int n = query.length;
    int m = listed.length;
    if (n == 0 || m == 0) {
      return new Alignment(0, List.of(), new boolean[n], new boolean[m]);
    }
    s.size = 0;
    boolean lineage = hasLineage(query) && hasLineage(listed);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double similarity = given == null ? TokenSimilarity.of(query[i], listed[j]) : given[i * m + j];
        if (similarity > 0 && (!lineage || lineageRole(query, i) * lineageRole(listed, j) >= 0)) {
          s.add(similarity, i, 1, j, 1);
        }
      }
    }
    addCutOff(query, listed, s, n, m);
    if (s.organisation) {
      addAcronyms(query, listed, s, false);
      addAcronyms(listed, query, s, true);
    }
    double score = greedy(query, listed, s, n, m);
    // joining two parts can only help where both names have parts left unpaired
    boolean queryLeft = false;
    boolean listLeft = false;
    for (int i = 0; i < n; i++) {
      queryLeft |= !s.qUsed[i];
    }
    for (int j = 0; j < m; j++) {
      listLeft |= !s.cUsed[j];
    }
    if (queryLeft && listLeft && (n > 1 || m > 1)) {
      int singles = s.size;
      addJoined(query, listed, s, n, m);
      // no pair joined: the same pairs would give the same pairing again
      if (s.size > singles) {
        double joined = greedy(query, listed, s, n, m);
        if (joined > score) {
          score = joined;
        } else if (explain) {
          // the pairs behind the score are those without the joined ones
          greedyAgainWithoutJoined(query, listed, s, n, m);
        }
      }
    }
    if (!explain) {
      return new Alignment(score, List.of(), null, null);
    }
    List<Pair> pairs = new ArrayList<>();
    for (int k = 0; k < s.size; k++) {
      if (s.taken[k]) {
        MatchKind kind = s.qCount[k] + s.cCount[k] > 2 ? MatchKind.JOINED
            : TokenSimilarity.kind(query[s.qFrom[k]], listed[s.cFrom[k]]);
        pairs.add(new Pair(s.qFrom[k], s.qCount[k], s.cFrom[k], s.cCount[k], s.sim[k], kind));
      }
    }
    pairs.sort(java.util.Comparator.comparingInt(Pair::qFrom));
    return new Alignment(score, pairs, java.util.Arrays.copyOf(s.qUsed, n), java.util.Arrays.copyOf(s.cUsed, m));
  }

  private void greedyAgainWithoutJoined(Token[] query, Token[] listed, Scratch s, int n, int m) {
    int singles = 0;
    for (int k = 0; k < s.size; k++) {
      if (s.qCount[k] + s.cCount[k] == 2) {
        singles++;
      }
    }
    s.size = singles;
    greedy(query, listed, s, n, m);
  }

  /**
   * Least similarity of parts written together and the part they pair with: one edit in five
   * letters, as an Arabic compound's article is spelt (Abd al-Aziz, Abdul Aziz).
   */
  static final double JOINED_FLOOR = 0.75;

  /** Most adjacent query parts written as one listed part (Plat Ono Vich, Platonovich); listed parts: two. */
  static final int MOST_JOINED = 3;

  private void addJoined(Token[] query, Token[] listed, Scratch s, int n, int m) {
    for (int parts = 2; parts <= MOST_JOINED; parts++) {
      for (int i = 0; i + parts <= n; i++) {
        if (allUsed(s.qUsed, i, parts)) {
          continue;
        }
        Token joined = null;
        int length = joinedLength(query, i, parts);
        for (int j = 0; j < m; j++) {
          if (!joinable(length, query[i], listed[j])) {
            continue;
          }
          joined = joined == null ? s.joinedQuery(query, i, parts) : joined;
          double similarity = TokenSimilarity.of(joined, listed[j]) * JOINED_FACTOR;
          if (similarity >= JOINED_FLOOR) {
            s.add(similarity, i, parts, j, 1);
          }
        }
      }
      // three listed parts written as one query part are left out: the index could not find the
      // name through that part alone (a query's three parts written as one listed part it finds)
      for (int j = 0; parts == 2 && j + parts <= m; j++) {
        if (allUsed(s.cUsed, j, parts)) {
          continue;
        }
        Token joined = null;
        int length = joinedLength(listed, j, parts);
        for (int i = 0; i < n; i++) {
          if (!joinable(length, listed[j], query[i])) {
            continue;
          }
          joined = joined == null ? Token.joined(listed, j, parts) : joined;
          double similarity = TokenSimilarity.of(query[i], joined) * JOINED_FACTOR;
          if (similarity >= JOINED_FLOOR) {
            s.add(similarity, i, 1, j, parts);
          }
        }
      }
    }
  }

  private static boolean allUsed(boolean[] used, int from, int count) {
    for (int k = from; k < from + count; k++) {
      if (!used[k]) {
        return false;
      }
    }
    return true;
  }

  private static int joinedLength(Token[] tokens, int from, int count) {
    int length = 0;
    for (int k = from; k < from + count; k++) {
      length += tokens[k].length();
    }
    return length;
  }

  /** A query's last part that another part begins with, cut off, is worth this per character it confirms. */
  static final double CUT_OFF = 0.8;

  /**
   * Payment messages cut a name at the field's length (35 characters in a SWIFT line), so the
   * query's last part may be the beginning of a listed part (NOUREDDINE ... BELKASSEM DR for
   * DRISSI). Such a pair confirms the characters written, like an initial; the rest of the listed
   * part counts as unpaired. Only the last part, only of a name of two parts or more, and only
   * where the two are not alike anyway.
   */
  private static void addCutOff(Token[] query, Token[] listed, Scratch s, int n, int m) {
    Token last = query[n - 1];
    int length = last.length();
    if (n < 2 || length < 2 || last.digits()) {
      return;
    }
    for (int j = 0; j < m; j++) {
      String text = listed[j].text();
      if (text.length() >= length + 2 && text.startsWith(last.text()) && TokenSimilarity.of(last, listed[j]) == 0) {
        s.add(CUT_OFF, n - 1, 1, j, 1);
        s.confirmed[s.size - 1] = length;
      }
    }
  }

  /** An acronym and the parts it stands for are alike this much per letter. */
  static final double ACRONYM = 0.9;

  /**
   * A part that is the initials of parts in a row on the other side (U.S. Department of State,
   * United States Department of State; PLA, People's Liberation Army) pairs with them, each
   * letter confirming one character like an initial. Acronyms have two to five letters and are
   * read in organisations' names only (a person's two capitals are split into initials before).
   */
  private static void addAcronyms(Token[] side, Token[] other, Scratch s, boolean listedAcronym) {
    for (int a = 0; a < side.length; a++) {
      String acronym = side[a].text();
      int letters = acronym.length();
      if (letters < 2 || letters > 5 || letters > other.length || side[a].digits()) {
        continue;
      }
      for (int from = 0; from + letters <= other.length; from++) {
        boolean initials = true;
        for (int k = 0; k < letters && initials; k++) {
          Token part = other[from + k];
          initials = part.length() >= 2 && !part.digits() && part.text().charAt(0) == acronym.charAt(k);
        }
        if (initials) {
          if (listedAcronym) {
            s.add(ACRONYM, from, letters, a, 1);
          } else {
            s.add(ACRONYM, a, 1, from, letters);
          }
          s.confirmed[s.size - 1] = letters;
        }
      }
    }
  }

  /** Words between a person's name and their father's: Salman bin Muhammad is Muhammad's son. */
  private static final java.util.Set<String> LINEAGE = java.util.Set.of("bin", "ibn", "bint", "binti", "ben", "ould");

  /** Whether the part is a word between a person's name and their father's (held by each {@link Token}). */
  static boolean lineage(String text) {
    return LINEAGE.contains(text);
  }

  private static boolean hasLineage(Token[] tokens) {
    for (int i = 1; i + 1 < tokens.length; i++) {
      if (tokens[i].lineage()) {
        return true;
      }
    }
    return false;
  }

  /**
   * 1 for a part just before a lineage word (the person's own name), -1 for one just after (the
   * father's), else 0. A part cannot pair with the same part in the other role: Salman bin
   * Muhammad and Muhammad bin Salman are father and son, not one person.
   */
  static int lineageRole(Token[] tokens, int i) {
    if (i + 2 < tokens.length && tokens[i + 1].lineage()) {
      return 1;
    }
    return i >= 2 && tokens[i - 1].lineage() ? -1 : 0;
  }

  /** Most letters parts written together and the part they pair with may differ in length. */
  static final int JOINABLE_LENGTH_GAP = 2;

  /** Cheap test before building a joined part: about the same length, the same beginning. */
  private static boolean joinable(int joinedLength, Token first, Token other) {
    if (Math.abs(joinedLength - other.length()) > JOINABLE_LENGTH_GAP) {
      return false;
    }
    String a = first.folded();
    String b = other.folded();
    // the same first letter, or one begins with a letter the other lacks ('Ndrangheta, Andrangheta),
    // or both may be Chinese syllables, whose first letters romanisations write differently
    return a.charAt(0) == b.charAt(0) || (a.length() > 1 && a.charAt(1) == b.charAt(0))
        || (b.length() > 1 && b.charAt(1) == a.charAt(0))
        || (other.chinese() != 0 && joinedLength <= TokenKeys.CHINESE_LETTERS);
  }

  /** Takes the best remaining pair whose parts are all free, until none is left; returns the score. */
  private static double greedy(Token[] query, Token[] listed, Scratch s, int n, int m) {
    java.util.Arrays.fill(s.qUsed, 0, n, false);
    java.util.Arrays.fill(s.cUsed, 0, m, false);
    for (int k = 0; k < s.size; k++) {
      s.taken[k] = false;
    }
    double matched = 0;
    double full = 0;
    // what an initial leaves unconfirmed of the name it stands for (V for Vladimir: "ladimir")
    double queryUnconfirmed = 0;
    double listUnconfirmed = 0;
    boolean queryInitials = false;
    boolean listInitials = false;
    while (true) {
      int best = -1;
      for (int k = 0; k < s.size; k++) {
        if (!s.taken[k] && free(s, k) && (best < 0 || s.sim[k] > s.sim[best])) {
          best = k;
        }
      }
      if (best < 0) {
        break;
      }
      s.taken[best] = true;
      int queryWeight = 0;
      for (int i = s.qFrom[best]; i < s.qFrom[best] + s.qCount[best]; i++) {
        s.qUsed[i] = true;
        queryWeight += query[i].length();
      }
      int listWeight = 0;
      for (int j = s.cFrom[best]; j < s.cFrom[best] + s.cCount[best]; j++) {
        s.cUsed[j] = true;
        listWeight += listed[j].length();
      }
      if (s.confirmed[best] > 0 && s.qCount[best] > 1) {
        queryUnconfirmed += queryWeight - s.confirmed[best];
        queryWeight = s.confirmed[best];
      } else if (s.confirmed[best] > 0) {
        listUnconfirmed += listWeight - s.confirmed[best];
        listWeight = s.confirmed[best];
      } else if (queryWeight == 1 || listWeight == 1) {
        queryInitials |= queryWeight == 1;
        listInitials |= listWeight == 1;
        queryUnconfirmed += queryWeight - 1;
        listUnconfirmed += listWeight - 1;
        queryWeight = 1;
        listWeight = 1;
      }
      matched += s.sim[best] * (queryWeight + listWeight);
      full += queryWeight + listWeight;
    }
    if (matched == 0) {
      return 0;
    }
    double queryLeft = queryUnconfirmed;
    double listLeft = listUnconfirmed;
    double numbers = 0;
    int queryInitialsLeft = 0;
    int listInitialsLeft = 0;
    boolean queryPartsLeft = false;
    boolean listPartsLeft = false;
    for (int i = 0; i < n; i++) {
      if (!s.qUsed[i]) {
        queryLeft += query[i].length();
        numbers += query[i].digits() ? query[i].length() : 0;
        queryInitialsLeft += query[i].length() == 1 ? 1 : 0;
        queryPartsLeft |= query[i].length() > 1;
      }
    }
    for (int j = 0; j < m; j++) {
      if (!s.cUsed[j]) {
        listLeft += listed[j].length();
        numbers += listed[j].digits() ? listed[j].length() : 0;
        listInitialsLeft += listed[j].length() == 1 ? 1 : 0;
        listPartsLeft |= listed[j].length() > 1;
      }
    }
    // The names disagree when both have something unpaired. One unpaired initial in a name written
    // with initials (V. V. Putin against Vladimir Putin) says too little to disagree, unless the
    // other name has whole parts unpaired.
    boolean queryDisagrees = queryPartsLeft || queryUnconfirmed > 0
        || (queryInitialsLeft > 0 && (!queryInitials || queryInitialsLeft > 1 || listPartsLeft));
    boolean listDisagrees = listPartsLeft || listUnconfirmed > 0
        || (listInitialsLeft > 0 && (!listInitials || listInitialsLeft > 1 || queryPartsLeft));
    double weight = queryDisagrees && listDisagrees ? CONFLICT : OMISSION;
    double unmatched = weight * (queryLeft + listLeft) + (CONFLICT - weight) * numbers;
    if (queryInitialsLeft > 0 && listInitialsLeft > 0) {
      // John A Smith, John B Smith: initials that differ tell two people apart like whole names
      unmatched += CONFLICT * (INITIAL_CONFLICT - 1) * (queryInitialsLeft + listInitialsLeft);
    }
    return matched / (full + unmatched);
  }

  private static boolean free(Scratch s, int k) {
    for (int i = s.qFrom[k]; i < s.qFrom[k] + s.qCount[k]; i++) {
      if (s.qUsed[i]) {
        return false;
      }
    }
    for (int j = s.cFrom[k]; j < s.cFrom[k] + s.cCount[k]; j++) {
      if (s.cUsed[j]) {
        return false;
      }
    }
    return true;
  }
}
