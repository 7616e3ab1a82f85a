package io.tillid.screening.internal.matching;

/**
 * Khmer script to Latin, which ICU has no transliterator for (Khmer text passes through it
 * untouched and a Khmer name had no parts to match). A simplified UNGEGN (1972) romanisation,
 * written from the script's rules: each consonant belongs to the a-series or the o-series, which
 * decides how its vowel is read (ា is a after the first, ea after the second; a consonant with no
 * vowel sign reads a or o); the muusikatoan (៉) and triisap (៊) move a consonant to the other
 * series (ប៉ is p); a consonant after the coeng (្) joins the one before (វ្ល vl); a consonant
 * with no vowel after a syllable closes it (ពត Pot, ហ៊ុន Hun). Diacritics are left out (â, ô as
 * a, o), so the result is ASCII. Characters of other scripts are copied.
 */
final class KhmerLatin {

  private KhmerLatin() {}

  private static final char FIRST_CONSONANT = '\u1780';
  private static final char LAST_CONSONANT = '\u17a2';
  private static final char COENG = '\u17d2';
  private static final char MUUSIKATOAN = '\u17c9';
  private static final char TRIISAP = '\u17ca';
  private static final char NIKAHIT = '\u17c6';
  private static final char REAHMUK = '\u17c7';
  private static final char TOANDAKHIAT = '\u17cd';
  private static final char ROBAT = '\u17cc';

  /** Consonants U+1780..U+17A2: their Latin letters. */
  private static final String[] CONSONANTS = {"k", "kh", "k", "kh", "ng", "ch", "chh", "ch", "chh", "nh", "d", "th",
      "d", "th", "n", "t", "th", "t", "th", "n", "b", "ph", "p", "ph", "m", "y", "r", "l", "v", "s", "s", "s", "h",
      "l", ""};
  /** Whether each consonant is of the o-series (else the a-series). */
  private static final String O_SERIES = "00111001110011000111001111111000000";

  /** Dependent vowels U+17B6..U+17C5, read after an a-series and after an o-series consonant. */
  private static final String[] A_VOWELS = {"a", "e", "ei", "oe", "oeu", "o", "ou", "uo", "aeu", "oea", "ie", "e",
      "ae", "ai", "ao", "au"};
  private static final String[] O_VOWELS = {"ea", "i", "i", "ue", "ueu", "u", "u", "uo", "eu", "oea", "ie", "e", "ae",
      "ey", "o", "ov"};

  /** Independent vowels U+17A3..U+17B3. */
  private static final String[] INDEPENDENT = {"a", "aa", "e", "ei", "o", "ou", "ou", "ov", "rue", "rue", "lue",
      "lue", "ae", "ai", "ao", "ao", "au"};

  static boolean khmer(char c) {
    return c >= '\u1780' && c <= '\u17ff';
  }

  static boolean has(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (khmer(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String latin(String text) {
    StringBuilder out = new StringBuilder(text.length() * 2);
    // whether the last syllable has its vowel and may take a final consonant
    boolean open = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= FIRST_CONSONANT && c <= LAST_CONSONANT) {
        int consonant = c - FIRST_CONSONANT;
        boolean oSeries = O_SERIES.charAt(consonant) == '1';
        StringBuilder onset = new StringBuilder(CONSONANTS[consonant]);
        // where the first subscript consonant starts in onset, and its series
        int subscript = -1;
        boolean subscriptOSeries = false;
        int j = i + 1;
        String vowel = null;
        boolean silent = false;
        while (j < text.length()) {
          char d = text.charAt(j);
          if (d == MUUSIKATOAN) {
            // ប៉ is p; any other consonant moves to the a-series
            if (c == '\u1794') {
              onset.setLength(0);
              onset.append('p');
            }
            oSeries = false;
          } else if (d == TRIISAP) {
            oSeries = true;
          } else if (d == COENG && j + 1 < text.length() && text.charAt(j + 1) >= FIRST_CONSONANT
              && text.charAt(j + 1) <= LAST_CONSONANT) {
            j++;
            if (subscript < 0) {
              subscript = onset.length();
              subscriptOSeries = O_SERIES.charAt(text.charAt(j) - FIRST_CONSONANT) == '1';
            }
            onset.append(CONSONANTS[text.charAt(j) - FIRST_CONSONANT]);
          } else if (d >= '\u17b6' && d <= '\u17c5') {
            vowel = (vowel == null ? "" : vowel) + (oSeries ? O_VOWELS[d - '\u17b6'] : A_VOWELS[d - '\u17b6']);
          } else if (d == NIKAHIT) {
            vowel = (vowel == null ? (oSeries ? "u" : "a") : vowel) + "m";
          } else if (d == REAHMUK) {
            vowel = (vowel == null ? "a" : vowel) + "h";
          } else if (d == TOANDAKHIAT) {
            silent = true;
          } else if (d == ROBAT) {
            onset.append('r');
          } else if (!(d >= '\u17c8' && d <= '\u17d3') && d != '\u17b4' && d != '\u17b5') {
            break;
          }
          j++;
        }
        if (silent) {
          // the toandakhiat silences the letter it sits on
        } else if (vowel != null) {
          out.append(onset).append(vowel);
          open = true;
        } else if (open && subscript > 0) {
          // a cluster with no vowel after a syllable: its first letter closes that syllable, the
          // subscript starts the next (នរោត្តម no-rot-tom, Norodom)
          out.append(onset, 0, subscript).append(onset, subscript, onset.length()).append(subscriptOSeries ? 'o' : 'a');
        } else if (open) {
          // a consonant with no vowel after a syllable that has one: the syllable's final
          out.append(onset);
          open = false;
        } else {
          out.append(onset).append(oSeries ? 'o' : 'a');
          open = true;
        }
        i = j;
      } else if (c >= '\u17a3' && c <= '\u17b3') {
        out.append(INDEPENDENT[c - '\u17a3']);
        open = true;
        i++;
      } else if (c >= '\u17e0' && c <= '\u17e9') {
        out.append((char) ('0' + (c - '\u17e0')));
        open = false;
        i++;
      } else if (c == '\u17b4' || c == '\u17b5') {
        // the invisible inherent-vowel signs
        i++;
      } else if (khmer(c)) {
        // punctuation and signs standing alone separate words
        out.append(' ');
        open = false;
        i++;
      } else {
        out.append(c);
        open = false;
        i++;
      }
    }
    return out.toString();
  }
}
