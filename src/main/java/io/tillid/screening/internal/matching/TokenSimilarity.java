package io.tillid.screening.internal.matching;

/**
 * How alike two name parts are, 0 (unrelated) to 1 (the same), and why. The rules in order: the
 * same text; synonyms (one name part in two scripts, a nickname); an initial and a name that
 * starts with it; otherwise the edit distance within a budget that grows with length (typos,
 * transliteration variants: one edit up to seven characters, one per four after, none in parts of two), raised
 * when the parts sound alike (Double Metaphone, with a Jaro-Winkler floor) or share their
 * consonants where one is written without vowels.
 * Numbers match only exactly. Below {@link #FLOOR} a pair does not count as a match at all.
 */
final class TokenSimilarity {

  static final double FLOOR = 0.5;
  static final double SYNONYM = 0.95;
  static final double SPELLING = 0.95;
  static final double INITIAL = 0.8;
  static final double SOUNDS_ALIKE = 0.85;
  static final double SAME_CONSONANTS = 0.8;
  /**
   * Arabic and Hebrew script write long vowels as the consonants w and y (and alef as a) and
   * leave short ones out: فرناندو is frnandw, Fernando. A part spelt that way (a w or y, no e, i,
   * o, u) with the consonants of the other matches this much.
   */
  static final double ABJAD = 0.9;

  /**
   * A foreign name written in a script that spells it by its own syllables (Chinese characters,
   * kana, Hangul, Khmer, Burmese) and a Latin part with its consonants (see {@link LoanwordKey}):
   * as much as sounding alike.
   */
  static final double LOANWORD = 0.85;
  /** The same with only three consonant classes (Putin, pujing): not enough for a name of one part alone. */
  static final double LOANWORD_SHORT = 0.8;

  /** Each edit costs this share of the longer part's length. */
  static final double EDIT_COST = 0.75;
  /** Parts whose lengths differ by more than this do not sound alike, whatever their codes. */
  static final int MAX_PHONETIC_LENGTH_GAP = 3;
  /** Sounding alike needs this much spelling in common too (Jaro-Winkler). */
  static final double SOUNDS_ALIKE_MIN_JW = 0.8;

  private TokenSimilarity() {}

  /** Edits a part of this length may differ by and still match: none up to 2 characters, one up to 7, then one per 4. */
  static int editBudget(int length) {
    return length <= 2 ? 0 : length <= 7 ? 1 : Math.min(3, length / 4);
  }

  static double of(Token a, Token b) {
    return compute(a, b, null);
  }

  static MatchKind kind(Token a, Token b) {
    MatchKind[] kind = new MatchKind[1];
    compute(a, b, kind);
    return kind[0];
  }

  private static double compute(Token a, Token b, MatchKind[] kind) {
    if (a.text().equals(b.text())) {
      return with(kind, MatchKind.EXACT, 1.0);
    }
    if (a.groups().length > 0 && b.groups().length > 0 && a.sharesGroupWith(b)) {
      return with(kind, MatchKind.SYNONYM, SYNONYM);
    }
    int shorter = Math.min(a.length(), b.length());
    if (shorter == 1) {
      return a.text().charAt(0) == b.text().charAt(0) ? with(kind, MatchKind.INITIAL, INITIAL) : with(kind, MatchKind.NONE, 0);
    }
    if (a.digits() || b.digits()) {
      return with(kind, MatchKind.NONE, 0);
    }
    if (a.folded().equals(b.folded())) {
      return with(kind, MatchKind.SPELLING, SPELLING);
    }
    int longer = Math.max(a.folded().length(), b.folded().length());
    int budget = editBudget(longer);
    int edits = EditDistance.within(a.folded(), b.folded(), budget);
    double similarity = edits <= budget ? SPELLING - EDIT_COST * edits / longer : 0;
    MatchKind how = MatchKind.FUZZY;
    // Double Metaphone codes are four letters: a part and its own beginning (Alisher,
    // AlisherUsmanov; Arkadij, Arkadyevich) share one without sounding alike
    if (similarity < SOUNDS_ALIKE && shorter >= 3 && Math.abs(a.length() - b.length()) <= MAX_PHONETIC_LENGTH_GAP
        && a.soundsLike(b)
        && JaroWinkler.similarity(a.text(), b.text()) >= SOUNDS_ALIKE_MIN_JW) {
      similarity = SOUNDS_ALIKE;
      how = MatchKind.PHONETIC;
    }
    if (similarity < SAME_CONSONANTS && (a.vowelless() || b.vowelless()) && a.skeleton() != 0
        && a.skeleton() == b.skeleton()) {
      similarity = SAME_CONSONANTS;
      how = MatchKind.CONSONANTS;
    }
    if (similarity < ABJAD && a.skeleton() != 0 && a.skeleton() == b.skeleton() && (abjad(a.text()) || abjad(b.text()))
        && Math.min(a.length(), b.length()) >= 4) {
      similarity = ABJAD;
      how = MatchKind.CONSONANTS;
    }
    double loanword = a.loanwordOf(b) ? (LoanwordKey.hasMoreThanMinimum(a.loanKey()) || LoanwordKey.hasMoreThanMinimum(b.loanKey())
        ? LOANWORD : LOANWORD_SHORT) : 0;
    if (similarity < loanword) {
      similarity = loanword;
      how = MatchKind.PHONETIC;
    }
    return similarity >= FLOOR ? with(kind, how, similarity) : with(kind, MatchKind.NONE, 0);
  }

  /** Spelt as transliterated Arabic or Hebrew script: a w or y standing for a vowel, no e, i, o, u. */
  static boolean abjad(String text) {
    boolean semivowel = false;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case 'e', 'i', 'o', 'u' -> {
          return false;
        }
        case 'w', 'y' -> semivowel = true;
        default -> { }
      }
    }
    return semivowel;
  }

  private static double with(MatchKind[] kind, MatchKind how, double similarity) {
    if (kind != null) {
      kind[0] = how;
    }
    return similarity;
  }
}
