package io.tillid.screening.internal.matching;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Any script to lower-case ASCII Latin: ICU's {@code Any-Latin; Latin-ASCII} (Cyrillic, Greek,
 * Arabic, Hebrew, Han as pinyin, Hangul, kana, Thai, ...), then case folding. ASCII input skips
 * ICU entirely (most list names), so the common path allocates one string.
 */
final class Latinizer {

  private static final String RULES = "Any-Latin; Latin-ASCII";

  /** ICU transliterators are not safe for concurrent use; one per thread, built once. */
  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance(RULES));

  private static final ThreadLocal<Transliterator> LATIN_TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

  private Latinizer() {}

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
      latin = TO_LATIN.get().transliterate(text);
    }
    return latin.toLowerCase(Locale.ROOT);
  }
}
