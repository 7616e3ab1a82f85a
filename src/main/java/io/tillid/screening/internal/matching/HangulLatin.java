package io.tillid.screening.internal.matching;

/**
 * Hangul to Latin by the Revised Romanization of Korean (2000), letter by letter from the
 * syllable blocks (names are romanised without the sound changes between syllables), with ㄹ as
 * r before a vowel and l elsewhere (ICU writes l for both: 리 li, not ri). Words that are
 * transcriptions of foreign names, recognised by the vowel ㅡ Korean adds to a foreign consonant
 * (Vladimir is 블라디미르, beul-la-di-mi-reu), are read back the way Korean's loanword
 * orthography wrote them: that ㅡ dropped (blladimir), ㄹㄹ as one l (a foreign l after a
 * consonant or between vowels: bladimir), and a word-final 치 or 지 as ch or j (the vowel i
 * Korean adds after those sounds: 블라디미로비치, -vich). A Korean personal name written as one
 * word is written as its family name and given-name syllables (see {@link KoreanNames}).
 * Characters of other scripts are copied.
 */
final class HangulLatin {

  private HangulLatin() {}

  private static final String[] INITIALS = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
      "ch", "k", "t", "p", "h"};
  private static final String[] VOWELS = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
      "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
  private static final String[] FINALS = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
      "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

  private static final int FIRST = 0xAC00;
  private static final int COUNT = 11172;
  private static final int INITIAL_R = 5;
  private static final int INITIAL_J = 12;
  private static final int INITIAL_CH = 14;
  private static final int INITIAL_NONE = 11;
  private static final int VOWEL_EU = 18;
  private static final int VOWEL_I = 20;
  private static final int FINAL_L = 8;

  static boolean syllable(char c) {
    return c >= FIRST && c < FIRST + COUNT;
  }

  static boolean has(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (syllable(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String latin(String text) {
    StringBuilder out = new StringBuilder(text.length() * 4);
    int i = 0;
    while (i < text.length()) {
      if (!syllable(text.charAt(i))) {
        out.append(text.charAt(i));
        i++;
        continue;
      }
      int end = i;
      boolean loanword = false;
      while (end < text.length() && syllable(text.charAt(end))) {
        loanword |= epenthetic(text.charAt(end) - FIRST);
        end++;
      }
      word(text, i, end, loanword && end - i > 1, out);
      i = end;
    }
    return out.toString();
  }

  /** A consonant with the vowel ㅡ and no final consonant, or ㄹ: how Korean writes a foreign consonant alone. */
  private static boolean epenthetic(int s) {
    int finalIndex = s % 28;
    return (s % 588) / 28 == VOWEL_EU && s / 588 != INITIAL_NONE && (finalIndex == 0 || finalIndex == FINAL_L);
  }

  private static void word(String text, int from, int to, boolean loanword, StringBuilder out) {
    String family = KoreanNames.FAMILY_NAMES.get(text.charAt(from));
    if (!loanword && to - from == 3 && family != null && KoreanNames.givenNameSyllable(text.charAt(from + 1))
        && KoreanNames.givenNameSyllable(text.charAt(from + 2))) {
      // a Korean name: family name and the given name's syllables apart (see KoreanNames)
      out.append(family).append(' ');
      word(text, from + 1, from + 2, false, out);
      out.append(' ');
      word(text, from + 2, from + 3, false, out);
      return;
    }
    for (int k = from; k < to; k++) {
      int s = text.charAt(k) - FIRST;
      int initial = s / 588;
      int vowel = (s % 588) / 28;
      int finalIndex = s % 28;
      boolean afterL = k > from && (text.charAt(k - 1) - FIRST) % 28 == FINAL_L;
      if (initial == INITIAL_R) {
        // ㄹㄹ: RR writes ll; a loanword's doubled ㄹ is one foreign l
        out.append(afterL ? (loanword ? "" : "l") : "r");
      } else {
        out.append(INITIALS[initial]);
      }
      boolean last = k == to - 1;
      if (loanword && epenthetic(s)) {
        // the added ㅡ: the consonant alone (and a final ㄹ after it)
        out.append(finalIndex == FINAL_L ? "l" : "");
        continue;
      }
      if (loanword && last && vowel == VOWEL_I && finalIndex == 0 && (initial == INITIAL_J || initial == INITIAL_CH)) {
        continue;
      }
      out.append(VOWELS[vowel]).append(FINALS[finalIndex]);
    }
  }
}
