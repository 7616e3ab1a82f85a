package io.tillid.screening.internal.matching;

import com.ibm.icu.text.Transliterator;

/**
 * Names written in Han, Hangul or kana are compared in that script too. Transliteration reads
 * different characters alike (高石 and 高市 are both gao shi; 김종은 and 김정은 differ by one
 * vowel of a syllable), yet each character is a syllable of the name: two names in the same one of
 * these scripts that differ in a character are different names. The score of such a pair is
 * capped by how many characters differ; traditional and simplified Han are the same characters.
 */
final class SameScript {

  /** Each differing character takes this many times its share of the longer name off the cap. */
  static final double PER_CHARACTER = 2.0;

  private static final ThreadLocal<Transliterator> SIMPLIFIED =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

  private SameScript() {}

  /**
   * The name's characters prefixed by its script (H Han, K Hangul, J Japanese: kana with or without
   * Han), or null when the name has any other letter or fewer than two such characters.
   */
  static String key(String name) {
    StringBuilder chars = new StringBuilder(name.length() + 1).append('H');
    boolean hangul = false;
    boolean kana = false;
    boolean han = false;
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      switch (script) {
        case HAN -> han = true;
        case HANGUL -> hangul = true;
        case HIRAGANA, KATAKANA -> kana = true;
        default -> {
          return null;
        }
      }
      chars.appendCodePoint(c);
    }
    if (chars.length() < 3 || (hangul && (han || kana))) {
      return null;
    }
    if (hangul) {
      chars.setCharAt(0, 'K');
    } else if (kana) {
      chars.setCharAt(0, 'J');
    }
    return han ? SIMPLIFIED.get().transliterate(chars.toString()) : chars.toString();
  }

  /** The most two names with these keys may score: 1 unless both are in one script and differ. */
  static double cap(String query, String listed) {
    if (query == null || listed == null || query.charAt(0) != listed.charAt(0) || query.equals(listed)) {
      return 1;
    }
    int longer = Math.max(query.length(), listed.length()) - 1;
    int edits = EditDistance.within(query.substring(1), listed.substring(1), longer);
    return Math.max(0, 1 - PER_CHARACTER * edits / longer);
  }
}
