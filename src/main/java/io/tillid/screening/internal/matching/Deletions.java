package io.tillid.screening.internal.matching;

/**
 * The deletion neighbourhood of a token (SymSpell): the token and every string one character
 * shorter, as hashes. Two tokens within one edit (a typo, a swapped or missing letter) share one.
 */
final class Deletions {

  static final int MIN_LENGTH = 4;
  static final int MAX_LENGTH = 24;

  private Deletions() {}

  interface HashSink {
    void accept(int hash);
  }

  static void forEach(String token, HashSink sink) {
    int length = token.length();
    sink.accept(hash(token, -1));
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      return;
    }
    for (int skip = 0; skip < length; skip++) {
      if (skip > 0 && token.charAt(skip) == token.charAt(skip - 1)) {
        continue;
      }
      sink.accept(hash(token, skip));
    }
  }

  private static int hash(String token, int skip) {
    int hash = 17;
    for (int i = 0; i < token.length(); i++) {
      if (i != skip) {
        hash = 31 * hash + token.charAt(i);
      }
    }
    hash *= 0x9E3779B1;
    return hash == 0 ? 1 : hash;
  }
}
