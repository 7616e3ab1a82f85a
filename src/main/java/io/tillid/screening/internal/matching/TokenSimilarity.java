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
  /** A name and its Baltic nominative form (Lavrov, Lavrovs). */
  static final double BALTIC = 0.95;
  /** The most a feminine and a masculine form of one Slavic surname are alike (Ivanova, Ivanov). */
  static final double GENDERED = 0.7;

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

  /** The most edits any two parts may differ by and still match (see {@link #editBudget}). */
  static final int MOST_EDITS = 3;

  /** Edits a part of this length may differ by and still match: none up to 2 characters, one up to 7, then one per 4. */
  static int editBudget(int length) {
    return length <= 2 ? 0 : length <= 7 ? 1 : Math.min(MOST_EDITS, length / 4);
  }

  static double of(Token a, Token b) {
    return mayBeAlike(a, b) ? compute(a, b, null) : 0;
  }

  /**
   * Whether the two parts may be alike at all, from what each part holds itself (lengths, letters,
   * codes), without reading their spellings: false only where every rule of {@link #compute}
   * gives 0. Most parts compared are unrelated, and this settles them without the reads that
   * comparing spellings waits on.
   */
  static boolean mayBeAlike(Token a, Token b) {
    int la = a.textLength();
    int lb = b.textLength();
    if ((a.synonyms() && b.synonyms()) || Math.min(la, lb) == 1 || (la == 2 && lb == 2)) {
      // synonyms, an initial, the Arabic article
      return true;
    }
    if (a.soundsLike(b) || (a.chinese() != 0 && a.chinese() == b.chinese())
        || (a.skeleton() != 0 && a.skeleton() == b.skeleton()) || a.loanwordOf(b)) {
      return true;
    }
    // the same text or folded spelling, a Baltic ending (the stem's letters all in the longer
    // part), or edits within the budget (no more letters missing on either side than it allows)
    int fa = a.foldedLength();
    int fb = b.foldedLength();
    int gap = Math.abs(fa - fb);
    if (gap >= 1 && gap <= 2 && Math.min(fa, fb) >= 4 && (fa < fb ? a.lettersNotIn(b) : b.lettersNotIn(a)) == 0) {
      return true;
    }
    int budget = editBudget(Math.max(fa, fb));
    return gap <= budget && a.fewestEdits(b) <= budget;
  }

  /** The similarity without {@link #mayBeAlike} first (the tests check that it only settles unrelated parts). */
  static double unfiltered(Token a, Token b) {
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
    if (a.folded().equals(b.folded()) || article(a.text()) && article(b.text())) {
      return with(kind, MatchKind.SPELLING, SPELLING);
    }
    if (balticEnding(a.folded(), b.folded()) || balticEnding(b.folded(), a.folded())) {
      return with(kind, MatchKind.SPELLING, BALTIC);
    }
    int longer = Math.max(a.folded().length(), b.folded().length());
    int budget = editBudget(longer);
    // letters one part has and the other lacks settle most pairs before the edit distance
    int fewest = a.fewestEdits(b);
    int edits = fewest > budget ? budget + 1 : EditDistance.within(a.folded(), b.folded(), budget);
    double similarity = edits <= budget ? SPELLING - EDIT_COST * edits / longer : 0;
    MatchKind how = MatchKind.FUZZY;
    // Double Metaphone codes are four letters: a part and its own beginning (Alisher,
    // AlisherUsmanov; Arkadij, Arkadyevich) share one without sounding alike, and so do parts that
    // differ after it (Volkswerk, Volkswagen; Frederick, Friedrich): sounding alike allows one
    // edit more than spelling alone, no more (a loanword part from a syllabic script is spelt
    // unlike its Latin form: the sound is all there is)
    if (similarity < SOUNDS_ALIKE && shorter >= 3 && Math.abs(a.length() - b.length()) <= MAX_PHONETIC_LENGTH_GAP
        && a.soundsLike(b)
        && JaroWinkler.similarity(a.text(), b.text()) >= SOUNDS_ALIKE_MIN_JW
        && (a.loanword() || b.loanword()
            || (fewest <= budget + 1 && EditDistance.within(a.folded(), b.folded(), budget + 1) <= budget + 1))) {
      similarity = SOUNDS_ALIKE;
      how = MatchKind.PHONETIC;
    }
    if (similarity < SOUNDS_ALIKE && a.chinese() != 0 && a.chinese() == b.chinese()) {
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
    if (similarity > GENDERED && (gendered(a.text(), b.text()) || gendered(b.text(), a.text()))) {
      similarity = GENDERED;
    }
    return similarity >= FLOOR ? with(kind, how, similarity) : with(kind, MatchKind.NONE, 0);
  }

  /**
   * The Arabic article as transliterations write it before a name (al-Assad, el-Assad, ul-Haq):
   * one word however it is spelt.
   */
  static boolean article(String text) {
    return text.length() == 2 && text.charAt(1) == 'l'
        && (text.charAt(0) == 'a' || text.charAt(0) == 'e' || text.charAt(0) == 'u');
  }

  /**
   * Latvian and Lithuanian give masculine names a nominative ending (Sergejs Lavrovs, Vladimiras
   * Putinas, Jonas, Petrus): a part that is the other plus -s, -as, -is, -us or -ys is its
   * Baltic form. Compared folded, and only for a stem of four letters or more.
   */
  static boolean balticEnding(String longer, String stem) {
    int extra = longer.length() - stem.length();
    if (stem.length() < 4 || extra < 1 || extra > 2 || !longer.startsWith(stem) || longer.charAt(longer.length() - 1) != 's') {
      return false;
    }
    if (extra == 1) {
      return true;
    }
    char vowel = longer.charAt(stem.length());
    return vowel == 'a' || vowel == 'i' || vowel == 'u';
  }

  /**
   * Slavic surnames have a feminine form (Ivanova, Ivanov; Barynova, Baranov; Kowalska, Kowalski;
   * Dostoevskaya, Dostoevsky): the two forms name different people, so a pair whose only
   * likeness is that of the forms is weak evidence.
   */
  static boolean gendered(String feminine, String masculine) {
    if (feminine.length() < 5 || masculine.length() < 4) {
      return false;
    }
    for (String[] pair : GENDERED_ENDINGS) {
      if (feminine.endsWith(pair[0])) {
        for (int k = 1; k < pair.length; k++) {
          if (masculine.endsWith(pair[k]) && !masculine.endsWith(pair[0])) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static final String[][] GENDERED_ENDINGS = {
    {"ova", "ov", "off"}, {"eva", "ev", "eff"}, {"ina", "in"}, {"yna", "yn"},
    {"skaya", "sky", "skiy", "skii", "skij", "ski"}, {"skaia", "sky", "skiy", "skii", "skij", "ski"},
    {"skaja", "sky", "skiy", "skii", "skij", "ski"}, {"ska", "ski", "sky"}, {"cka", "cki", "cky"},
    {"aya", "y", "iy", "ii", "ij"}
  };

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
