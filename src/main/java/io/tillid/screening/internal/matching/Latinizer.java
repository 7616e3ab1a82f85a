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

  /** Middle dots Chinese and Japanese write between the parts of a foreign name (弗拉基米尔·普京). */
  private static boolean nameDot(char c) {
    return c == '\u00b7' || c == '\u30fb' || c == '\u2027' || c == '\uff65' || c == '\u2022';
  }

  private static boolean han(char c) {
    return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf');
  }

  /** Han characters next to a middle dot: a foreign name transcribed by syllables. */
  static boolean hanTranscription(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (nameDot(text.charAt(i)) && ((i > 0 && han(text.charAt(i - 1)))
          || (i + 1 < text.length() && han(text.charAt(i + 1))))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A foreign name in Chinese characters (弗拉基米尔·普京, Vladimir Putin) spells each part with
   * characters chosen for their sound, one syllable each; ICU writes the pinyin syllable by
   * syllable (fu la ji mi er), so each run of characters between the dots is written as one part
   * (fulajimier pujing), and the syllable ao, which writes a foreign o, as o (Obama 奥巴马 obama).
   * Chinese names of Chinese people have no dots and keep their syllables.
   */
  static String joinHanTranscription(String text) {
    StringBuilder out = new StringBuilder(text.length() * 4);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (han(c)) {
        int end = i;
        while (end < text.length() && han(text.charAt(end))) {
          end++;
        }
        for (int k = i; k < end; k++) {
          String syllable = TO_LATIN.get().transliterate(text.substring(k, k + 1)).strip();
          // 奥 (ao) writes a foreign o: Obama 奥巴马, Oslo 奥斯陆
          out.append(syllable.equals("\u00e0o") || syllable.equals("ao") ? "o" : syllable);
        }
        i = end;
      } else {
        out.append(nameDot(c) ? ' ' : c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean katakana(char c) {
    return c >= '\u30a1' && c <= '\u30fc';
  }

  /**
   * Scripts that write foreign names by syllables of their own, so that a name's Latin form is
   * compared with them by {@link LoanwordKey}: Hangul, katakana, Khmer, Burmese, and Chinese
   * characters in a dotted transcription.
   */
  private static boolean loanwordScript(char c, boolean hanTranscription) {
    return (c >= '\uac00' && c <= '\ud7a3') || (c >= '\u1100' && c <= '\u11ff') || (c >= '\u3130' && c <= '\u318f')
        || katakana(c) || (c >= '\uff66' && c <= '\uff9f') || (c >= '\u1780' && c <= '\u17ff')
        || (c >= '\u1000' && c <= '\u109f') || (hanTranscription && (han(c) || nameDot(c)));
  }

  /**
   * The text with everything but its parts in those scripts blanked, for finding which of a
   * name's parts came from them; null when it has none (every name in Latin, Cyrillic, Arabic...).
   */
  static String loanwordText(String text) {
    boolean any = false;
    boolean hanSeen = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u1000') {
        hanSeen |= han(c);
        any |= loanwordScript(c, false);
      }
    }
    boolean dotted = hanSeen && hanTranscription(text);
    if (!any && !dotted) {
      return null;
    }
    char[] masked = text.toCharArray();
    for (int i = 0; i < masked.length; i++) {
      if (!loanwordScript(masked[i], dotted)) {
        masked[i] = ' ';
      }
    }
    return new String(masked);
  }

  private static boolean arabicLetter(char c) {
    return (c >= '\u0620' && c <= '\u064a') || (c >= '\u066e' && c <= '\u06d3');
  }

  /**
   * Two facts of Arabic spelling that ICU's letter-by-letter reading misses in names. The word
   * الله (Allah, in Abdullah, Abd Allah) is written without its long a: allh, read allah. A word
   * that starts with the consonant ع (ayn), which Latin spellings do not write, is read with the
   * vowel after it, a: علي is Ali (ICU: ly), عبد Abd, عباس Abbas. And Abd al-X (عبد الله, عبد
   * الرحمن), servant of X, is written in Latin as one part, Abdullah, Abdulrahman.
   */
  private static final String ABD = "\u0639\u0628\u062f";

  static String arabicNames(String text) {
    if (text.indexOf('\u0639') < 0 && text.indexOf("\u0627\u0644\u0644\u0647") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wordStart = i == 0 || !arabicLetter(text.charAt(i - 1));
      int article = wordStart && text.startsWith(ABD, i) ? i + ABD.length() : -1;
      while (article > 0 && article < text.length() && text.charAt(article) == ' ') {
        article++;
      }
      if (article > 0 && text.startsWith("\u0627\u0644", article)) {
        // Abd al-X, servant of X, is written as one part: Abdullah, Abdulrahman
        boolean allah = text.startsWith("\u0627\u0644\u0644\u0647", article)
            && (article + 4 == text.length() || !arabicLetter(text.charAt(article + 4)));
        out.append(allah ? "abdullah" : "abdul");
        i = (allah ? article + 4 : article + 2) - 1;
      } else if (wordStart && text.startsWith("\u0627\u0644\u0644\u0647", i)
          && (i + 4 == text.length() || !arabicLetter(text.charAt(i + 4)))) {
        out.append("allah");
        i += 3;
      } else if (c == '\u0639' && wordStart && i + 1 < text.length() && arabicLetter(text.charAt(i + 1))) {
        out.append('a');
      } else {
        out.append(c);
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
      prepared = hanTranscription(prepared) ? joinHanTranscription(prepared) : prepared;
      prepared = arabicNames(prepared);
      prepared = HangulLatin.has(prepared) ? HangulLatin.latin(prepared) : prepared;
      latin = TO_LATIN.get().transliterate(finalSchwa(greekDigraphs(prepared)));
    }
    return latin.toLowerCase(Locale.ROOT);
  }
}
