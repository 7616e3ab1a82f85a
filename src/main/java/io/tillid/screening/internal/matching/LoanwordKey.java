package io.tillid.screening.internal.matching;

/**
 * The consonant classes of a name part, for comparing a foreign name written in a script that
 * cannot spell it with the name itself. Chinese characters, Japanese kana, Hangul, Khmer and
 * Burmese write a foreign name by syllables of their own: consonant clusters get added vowels
 * (Vladimir: 弗拉基米尔 fu-la-ji-mi-er, ウラジーミル u-ra-ji-mi-ru, ဗလာဒီမီယာ ba-la-di-mi-yar),
 * l and r are one sound (Japanese, Korean, Chinese er for a final r), b, p, f and v are not told
 * apart (Korean, Burmese, Japanese), and d and t before i become j or ch (ジ, チ, Chinese ji,
 * jing for Putin's tin). So vowels, h, w and y are left out and the consonants reduce to
 * classes: b p f v; d t j ch zh; g k c q; s z x sh; l r; m (and n, ng before b, p, f, v, m);
 * n ng. Putin and pujing are both B D N. Only a part from one of those scripts is compared this way (see {@link Latinizer#loanwords}),
 * and only with a part that is not, and a key needs three classes, so two parts of Latin names
 * or two Chinese names (习近朋, 习近平) never match by it.
 */
final class LoanwordKey {

  private LoanwordKey() {}

  /** Classes a key needs: fewer (pu, ma, mil) say too little about a name; with just these, a key counts for less. */
  static final int MIN_CLASSES = 3;

  /**
   * The key of a part from a syllabic script read with a v before its initial u, 0 when it does
   * not start with u and a consonant. Japanese writes the v or w of a foreign cluster at a word's
   * start as ウ (u) before the next syllable (Vladimir ウラジーミル urajimiru, Vladivostok
   * ウラジオストク), Korean as 우 (u); but the same ウ is also a real u (Usmanov ウスマノフ), so
   * both readings are keys.
   */
  static int initialV(String token) {
    if (token.length() < 3 || token.charAt(0) != 'u') {
      return 0;
    }
    char next = token.charAt(1);
    if (next == 'a' || next == 'e' || next == 'i' || next == 'o' || next == 'u' || next == 'y' || next == 'h'
        || next == 'w') {
      return 0;
    }
    return of("v" + token);
  }

  /** The key of a lower-case ASCII part, hashed; 0 when it has fewer than {@link #MIN_CLASSES} classes. */
  static int of(String token) {
    if (token.isEmpty()) {
      return 0;
    }
    // the scripts keep whether a word starts with a vowel (or y, w) or a consonant: Izhmash
    // イジュマシュ (ijumashu) is not Demos
    char first = token.charAt(0);
    int hash = first == 'a' || first == 'e' || first == 'i' || first == 'o' || first == 'u' || first == 'y'
        || first == 'w' ? 7 : 0;
    int classes = 0;
    char last = 0;
    int length = token.length();
    for (int i = 0; i < length; i++) {
      char c = token.charAt(i);
      char next = i + 1 < length ? token.charAt(i + 1) : 0;
      char cls;
      switch (c) {
        case 'b', 'p', 'f', 'v' -> cls = 'B';
        case 'd', 't', 'j' -> cls = 'D';
        case 'g', 'k', 'q' -> cls = 'K';
        case 's', 'z', 'x' -> cls = 'S';
        case 'l', 'r' -> cls = 'R';
        case 'm' -> cls = 'M';
        case 'n' -> {
          if (next == 'g') {
            i++;
          }
          // n before b, p, f, v, m is m: Japanese ン and Chinese n, ng write the m of Trump (トランプ toranpu)
          char after = i + 1 < length ? token.charAt(i + 1) : 0;
          cls = after == 'b' || after == 'p' || after == 'f' || after == 'v' || after == 'm' ? 'M' : 'N';
        }
        case 'c' -> {
          // ch (and Chinese zh below) is the sound Japanese and Chinese write for a foreign ti, di
          cls = next == 'h' ? 'D' : 'K';
        }
        case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w' -> {
          continue;
        }
        default -> {
          if (c >= '0' && c <= '9') {
            return 0;
          }
          continue;
        }
      }
      if (c == 'z' && next == 'h') {
        cls = 'D';
      }
      if ((c == 's' || c == 'c' || c == 'z') && next == 'h') {
        i++;
      }
      if (cls != last) {
        hash = 31 * hash + cls;
        classes++;
        last = cls;
      }
    }
    return classes < MIN_CLASSES ? 0 : (hash & ~3) | (classes > MIN_CLASSES ? 3 : 1);
  }

  /** Whether a key has more than {@link #MIN_CLASSES} classes (says more than three consonants do). */
  static boolean hasMoreThanMinimum(int key) {
    return (key & 2) != 0;
  }
}
