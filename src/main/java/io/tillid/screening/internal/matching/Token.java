package io.tillid.screening.internal.matching;

/**
 * A normalised name part with the keys that compare it: phonetic codes, consonant skeleton,
 * synonym groups (rigour's name parts across scripts, nicknames, organisation words).
 */
record Token(String text, String folded, int phonetic, int phoneticAlternate, int skeleton, boolean vowelless, boolean digits,
    int[] groups, int chinese, int loanKey, int loanKeyAlternate, boolean loanword, int letters, int textLength,
    int foldedLength, boolean synonyms, boolean lineage) {

  private static final int[] NO_GROUPS = new int[0];

  static Token of(String text, ReferenceData data) {
    return of(text, data, false);
  }

  /** With {@code loanword}, the part came from a script that writes foreign names by its own syllables. */
  static Token of(String text, ReferenceData data, boolean loanword) {
    int[] groups = data.symbolGroups.get(text);
    String folded = SpellingFold.fold(text);
    return new Token(text, folded.equals(text) ? text : folded, TokenKeys.phonetic(text), TokenKeys.phoneticAlternate(text), TokenKeys.skeleton(text),
        TokenKeys.vowelless(text), TokenKeys.digits(text), groups == null ? NO_GROUPS : groups, TokenKeys.chinese(text), LoanwordKey.of(text),
        loanword ? LoanwordKey.initialV(text) : 0, loanword, NameIndex.letters(folded), text.length(), folded.length(),
        groups != null && groups.length > 0, NameAligner.lineage(text));
  }

  /** A foreign name in a syllabic script and its Latin form: same consonant classes (see {@link LoanwordKey}). */
  boolean loanwordOf(Token other) {
    return loanword != other.loanword && ((loanKey != 0 && loanKey == other.loanKey)
        || (loanKeyAlternate != 0 && loanKeyAlternate == other.loanKey)
        || (other.loanKeyAlternate != 0 && other.loanKeyAlternate == loanKey));
  }

  /**
   * Parts [from, from + count) written together (for pairing "Abdul Rahman" with "Abdulrahman"):
   * compared by spelling only (and as Chinese syllables), so building one costs a concatenation
   * and a fold, not a phonetic encoding.
   */
  static Token joined(Token[] tokens, int from, int count) {
    StringBuilder text = new StringBuilder();
    boolean digits = true;
    for (int k = from; k < from + count; k++) {
      text.append(tokens[k].text);
      digits &= tokens[k].digits;
    }
    String joined = text.toString();
    String folded = SpellingFold.fold(joined);
    return new Token(joined, folded, 0, 0, 0, false, digits, NO_GROUPS, TokenKeys.chinese(joined), 0, 0, false,
        NameIndex.letters(folded), joined.length(), folded.length(), false, NameAligner.lineage(joined));
  }

  /**
   * Reads what comparing this part reads first (its text, folded text and synonym groups), so that
   * reading many parts ahead overlaps their cache misses; the value means nothing.
   */
  int touch() {
    return text.length() + folded.length() + groups.length;
  }

  /**
   * The fewest edits that turn this part's folded spelling into the other's: each letter one has
   * and the other lacks takes an edit of its own (letters as {@link NameIndex#letter} gives them).
   */
  int fewestEdits(Token other) {
    return Math.max(lettersNotIn(other), other.lettersNotIn(this));
  }

  /** How many of this part's folded letters the other part lacks. */
  int lettersNotIn(Token other) {
    return Integer.bitCount(letters & ~other.letters);
  }

  int length() {
    return textLength;
  }

  boolean sharesGroupWith(Token other) {
    for (int a : groups) {
      for (int b : other.groups) {
        if (a == b) {
          return true;
        }
      }
    }
    return false;
  }

  boolean soundsLike(Token other) {
    return phonetic != 0 && (phonetic == other.phonetic || phonetic == other.phoneticAlternate
        || (phoneticAlternate != 0 && (phoneticAlternate == other.phonetic || phoneticAlternate == other.phoneticAlternate)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Token token && token.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return "Token[masked]";
  }
}
