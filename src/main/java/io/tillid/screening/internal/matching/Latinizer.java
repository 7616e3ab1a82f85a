package io.tillid.screening.internal.matching;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Any script to lower-case ASCII Latin: ICU's {@code Any-Latin; Latin-ASCII} (Cyrillic, Greek,
 * Arabic, Hebrew, Han as pinyin, kana, Thai, ...), then case folding; Hangul by {@link HangulLatin}
 * and Khmer (which ICU lacks) by {@link KhmerLatin} first. ASCII input skips
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
      prepared = HangulLatin.has(prepared) ? HangulLatin.latin(prepared) : prepared;
      latin = TO_LATIN.get().transliterate(finalSchwa(greekDigraphs(prepared)));
    }
    return latin.toLowerCase(Locale.ROOT);
  }
}
