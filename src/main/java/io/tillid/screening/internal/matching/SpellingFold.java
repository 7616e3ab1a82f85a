package io.tillid.screening.internal.matching;

/**
 * Folds the spellings that transliteration systems disagree on into one: ph/f, kh/h, ck/k, q/k,
 * c/k, w/v, y/i, j/i, ou/u, sch/sh, tch/ch, and doubled letters. Wladimir and Vladimir, Muhammad
 * and Muhammed, Yuri and Juri, Vlagyimir and Vladimir (Hungarian gyi, tyi) fold to the same; the fold is only used to compare.
 */
final class SpellingFold {

  private SpellingFold() {}

  static String fold(String token) {
    StringBuilder out = new StringBuilder(token.length());
    int length = token.length();
    for (int i = 0; i < length; i++) {
      char c = token.charAt(i);
      char next = i + 1 < length ? token.charAt(i + 1) : 0;
      char mapped;
      if (c == 'p' && next == 'h') {
        mapped = 'f';
        i++;
      } else if ((c == 'k' && next == 'h') || (c == 'c' && next == 'k')) {
        mapped = c == 'k' ? 'h' : 'k';
        i++;
      } else if ((c == 'g' || c == 't') && next == 'y' && i + 2 < length && token.charAt(i + 2) == 'i') {
        // Hungarian writes the soft d and t of other languages' di, ti as gyi, tyi (Vlagyimir, Putyin)
        mapped = c == 'g' ? 'd' : 't';
        i++;
      } else if (c == 'o' && next == 'u') {
        mapped = 'u';
        i++;
      } else if (c == 't' && next == 'c' && i + 2 < length && token.charAt(i + 2) == 'h') {
        mapped = 'c';
        i++;
      } else if (c == 's' && next == 'c' && i + 2 < length && token.charAt(i + 2) == 'h') {
        mapped = 's';
        i++;
      } else {
        mapped = switch (c) {
          case 'q', 'c' -> 'k';
          case 'w' -> 'v';
          case 'y', 'j' -> 'i';
          default -> c;
        };
        if (c == 'c' && next == 'h') {
          mapped = 'c';
        }
      }
      if (out.length() == 0 || out.charAt(out.length() - 1) != mapped) {
        out.append(mapped);
      }
    }
    return out.toString();
  }
}
