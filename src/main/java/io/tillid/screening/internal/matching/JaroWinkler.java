package io.tillid.screening.internal.matching;

/**
 * Jaro-Winkler similarity (prefix scale 0.1, up to 4 prefix characters), written for tokens: no
 * allocation (matched characters are bits of a long), so parts are compared on their first 64
 * characters, which is every real name part.
 */
final class JaroWinkler {

  private JaroWinkler() {}

  static double similarity(CharSequence a, CharSequence b) {
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return la == lb ? 1.0 : 0.0;
    }
    if (la > 64 || lb > 64) {
      // no name part is this long; compare the first 64 characters
      return similarity(a.subSequence(0, Math.min(la, 64)), b.subSequence(0, Math.min(lb, 64)));
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    long matchedA = 0;
    long matchedB = 0;
    int matches = 0;
    for (int i = 0; i < la; i++) {
      char c = a.charAt(i);
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      for (int j = from; j <= to; j++) {
        if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
          matchedA |= 1L << i;
          matchedB |= 1L << j;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0.0;
    }
    int transpositions = 0;
    int j = 0;
    for (int i = 0; i < la; i++) {
      if ((matchedA & (1L << i)) != 0) {
        while ((matchedB & (1L << j)) == 0) {
          j++;
        }
        if (a.charAt(i) != b.charAt(j)) {
          transpositions++;
        }
        j++;
      }
    }
    return winkler(a, b, jaro(la, lb, matches, transpositions));
  }

  private static double jaro(int la, int lb, int matches, int transpositions) {
    double m = matches;
    return (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
  }

  private static double winkler(CharSequence a, CharSequence b, double jaro) {
    int prefix = 0;
    int max = Math.min(4, Math.min(a.length(), b.length()));
    while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1.0 - jaro);
  }
}
