package io.tillid.screening.internal.matching;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Any script to lower-case ASCII Latin: ICU's {@code Any-Latin; Latin-ASCII} (Cyrillic, Greek,
 * Arabic, Hebrew, Han as pinyin, Hangul, kana, Thai, ...), then case folding. ASCII input skips
 * ICU entirely (most list names), so the common path allocates one string.
 */
final class Latinizer {

  private static final String RULES = "Greek-Latin/UNGEGN; Any-Latin; Latin-ASCII";

  /** ICU transliterators are not safe for concurrent use; one per thread, built once. */
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance(RULES));

  private static final ThreadLocal<Transliterator> LATIN_TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

  private Latinizer() {}

  /**
   * Hindi and Bengali do not pronounce the inherent vowel of a word's last consonant (भ्लादिमिर is
   * Vladimir, not Vladimira), but ICU writes it: a virama after a word-final consonant silences it.
   */
  static String finalSchwa(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char virama = devanagariConsonant(c) ? '\u094d' : bengaliConsonant(c) ? '\u09cd' : 0;
      char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
      boolean wordEnd = !Character.isLetter(next) && Character.getType(next) != Character.NON_SPACING_MARK
          && Character.getType(next) != Character.COMBINING_SPACING_MARK;
      if (virama != 0 && wordEnd) {
        if (out == null) {
          out = new StringBuilder(text.length() + 4).append(text, 0, i);
        }
        out.append(c).append(virama);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean devanagariConsonant(char c) {
    return (c >= '\u0915' && c <= '\u0939') || (c >= '\u0958' && c <= '\u095f');
  }

  private static boolean bengaliConsonant(char c) {
    return (c >= '\u0995' && c <= '\u09b9') || (c >= '\u09dc' && c <= '\u09df');
  }

  /**
   * Modern Greek writes the b, d and g of other languages' names as the digraphs μπ, ντ, γκ
   * (Βλαντίμιρ is Vladimir); ICU reads them letter by letter (mp, nt, nk). Replaced first.
   */
  static String greekDigraphs(String text) {
    if (text.indexOf('\u03c0') < 0 && text.indexOf('\u03c4') < 0 && text.indexOf('\u03ba') < 0
        && text.indexOf('\u03a0') < 0 && text.indexOf('\u03a4') < 0 && text.indexOf('\u039a') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = Character.toLowerCase(text.charAt(i));
      char next = i + 1 < text.length() ? Character.toLowerCase(text.charAt(i + 1)) : 0;
      char replaced = c == '\u03bc' && next == '\u03c0' ? 'b'
          : c == '\u03bd' && next == '\u03c4' ? 'd'
          : c == '\u03b3' && next == '\u03ba' ? 'g' : 0;
      if (replaced != 0) {
        out.append(replaced);
        i++;
      } else {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  /** Hangul vowel ㅡ (eu), initial ㅇ (no consonant), final ㄹ (l) in the syllable block arithmetic. */
  private static final int EU = 18;
  private static final int NO_INITIAL = 11;
  private static final int FINAL_L = 8;

  /**
   * Korean writes a foreign consonant cluster or final consonant with the vowel ㅡ (eu) after it:
   * Vladimir is 블라디미르, beul-la-di-mi-leu. Syllables of a consonant and that vowel (with no
   * final consonant, or l) are written without it (blladimil, which folds to Vladimir's spelling),
   * so 푸틴 and 블라디미르 read like the names they transcribe; 은 (eun) and 근 (geun) keep it.
   */
  static String koreanLoanwordVowels(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int syllable = c - 0xAC00;
      boolean epenthetic = syllable >= 0 && syllable < 11172 && (syllable % 588) / 28 == EU
          && syllable / 588 != NO_INITIAL && (syllable % 28 == 0 || syllable % 28 == FINAL_L)
          && (hangul(text, i - 1) || hangul(text, i + 1));
      if (epenthetic) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        String latin = TO_LATIN.get().transliterate(String.valueOf(c));
        out.append(latin.replace("eu", ""));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean hangul(String text, int i) {
    return i >= 0 && i < text.length() && text.charAt(i) >= '\uAC00' && text.charAt(i) <= '\uD7A3';
  }

  static String latin(String text) {
    boolean ascii = true;
    boolean latinOnly = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        ascii = false;
        if (c >= 0x250 && !(c >= 0x1E00 && c <= 0x1EFF) && !(c >= 0x2000 && c <= 0x206F)) {
          latinOnly = false;
          break;
        }
      }
    }
    String latin;
    if (ascii) {
      latin = text;
    } else if (latinOnly) {
      latin = LATIN_TO_ASCII.get().transliterate(text);
    } else {
      String prepared = KhmerLatin.has(text) ? KhmerLatin.latin(text) : text;
      latin = TO_LATIN.get().transliterate(koreanLoanwordVowels(finalSchwa(greekDigraphs(prepared))));
    }
    return latin.toLowerCase(Locale.ROOT);
  }
}
