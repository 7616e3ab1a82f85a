package io.tillid.screening.internal.matching;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Keys under which a token is found despite spelling: its Double Metaphone codes (Poutine, Putin
 * and Poetin share one) and its consonant skeleton (mhmd, the Arabic-script transliteration, and
 * mohamed share one).
 */
final class TokenKeys {

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  private TokenKeys() {}

  /** Hash of the primary Double Metaphone code, 0 when the token has none (digits, one letter). */
  static int phonetic(String token) {
    if (token.length() < 2 || !hasLetter(token)) {
      return 0;
    }
    String code = METAPHONE.doubleMetaphone(token, false);
    return code == null || code.isEmpty() ? 0 : code.hashCode() | 1;
  }

  /** Hash of the alternate Double Metaphone code, 0 when it equals the primary or there is none. */
  static int phoneticAlternate(String token) {
    if (token.length() < 2 || !hasLetter(token)) {
      return 0;
    }
    String primary = METAPHONE.doubleMetaphone(token, false);
    String alternate = METAPHONE.doubleMetaphone(token, true);
    return alternate == null || alternate.isEmpty() || alternate.equals(primary) ? 0 : alternate.hashCode() | 1;
  }

  /** The consonants without h, w, y, with c/q as k, z as s, p as b and v as f, doubles collapsed; hashed; 0 when shorter than 2. */
  static int skeleton(String token) {
    int hash = 0;
    int length = 0;
    char last = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      switch (c) {
        case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w' -> {
          continue;
        }
        case 'c', 'q' -> c = 'k';
        case 'z' -> c = 's';
        // Arabic script has neither p nor v: بوتن is Putin, فلاديمير Vladimir
        case 'p' -> c = 'b';
        case 'v' -> c = 'f';
        default -> {
          if (c < 'a' || c > 'z') {
            return 0;
          }
        }
      }
      if (c != last) {
        hash = 31 * hash + c;
        length++;
        last = c;
      }
    }
    return length < 2 ? 0 : hash | 1;
  }

  /** True for tokens written without vowels, as transliterated Arabic and Hebrew script is. */
  static boolean vowelless(String token) {
    if (token.length() < 2) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      switch (token.charAt(i)) {
        case 'a', 'e', 'i', 'o', 'u', 'y' -> {
          return false;
        }
        default -> {
          if (token.charAt(i) >= '0' && token.charAt(i) <= '9') {
            return false;
          }
        }
      }
    }
    return true;
  }

  static boolean digits(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetter(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) >= 'a' && token.charAt(i) <= 'z') {
        return true;
      }
    }
    return false;
  }

  /** Longest part that may be Chinese syllables (two of them written together, Jinping, Tsetung). */
  static final int CHINESE_LETTERS = 9;

  /**
   * A key of how Chinese syllables sound whichever romanisation wrote them: Wade-Giles without its
   * apostrophes cannot tell b from p, d from t, g from k, or j, zh and q from ch (Chin-p'ing,
   * Jinping), writes pinyin x as hs, z as ts or tz, and -ong as -ung (Mao Tse-tung, Zedong); the
   * sh and s that English writers put for pinyin x (Shi Jinping, Si Jinping) are read as x before i.
   * 0 for parts too long to be two syllables or with anything but letters.
   */
  static int chinese(String token) {
    int length = token.length();
    if (length < 2 || length > CHINESE_LETTERS) {
      return 0;
    }
    // the hash of the folded spelling, as String.hashCode would give it, without building the string
    int hash = 0;
    for (int i = 0; i < length; i++) {
      char c = token.charAt(i);
      if (c < 'a' || c > 'z') {
        return 0;
      }
      char next = i + 1 < length ? token.charAt(i + 1) : 0;
      char after = i + 2 < length ? token.charAt(i + 2) : 0;
      if ((c == 'h' && next == 's') || (c == 's' && next == 'h' && after == 'i')) {
        hash = 31 * hash + 'x';
        i++;
      } else if (c == 's' && next == 'i') {
        hash = 31 * hash + 'x';
      } else if ((c == 'c' || c == 'z') && next == 'h') {
        hash = 31 * hash + 'j';
        i++;
      } else if (c == 't' && (next == 's' || next == 'z')) {
        hash = 31 * hash + 'z';
        i++;
      } else if (c == 'i' && next == 'h' && (after == 0 || !vowel(after))) {
        hash = 31 * hash + 'i';
        i++;
      } else if (c == 'u' && next == 'n' && after == 'g') {
        hash = 31 * hash + 'o';
      } else if (c == 'i' && next == 'e' && after == 'n') {
        hash = 31 * (31 * hash + 'i') + 'a';
        i++;
      } else {
        hash = 31 * hash + switch (c) {
          case 'q' -> 'j';
          case 'c' -> 'z';
          case 't' -> 'd';
          case 'p' -> 'b';
          case 'k' -> 'g';
          default -> c;
        };
      }
    }
    return hash | 1;
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
