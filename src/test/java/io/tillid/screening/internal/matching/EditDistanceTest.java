package io.tillid.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

  /** The whole table of the optimal string alignment distance, as the textbook writes it. */
  private static int reference(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String random(Random random, int length, String alphabet) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void adjacentLettersSwappedAreOneEdit() {
    assertThat(EditDistance.within("abcd", "acbd", 3)).isEqualTo(1);
    assertThat(EditDistance.within("mohammed", "muhammad", 3)).isEqualTo(2);
    // the optimal string alignment does not edit a swapped pair again
    assertThat(EditDistance.within("ca", "abc", 3)).isEqualTo(3);
    assertThat(EditDistance.within("abc", "abc", 0)).isZero();
    assertThat(EditDistance.within("abc", "abd", 0)).isEqualTo(1);
    assertThat(EditDistance.within("", "ab", 5)).isEqualTo(2);
  }

  /**
   * The bit-parallel form gives the table's distance, capped at the bound plus one: short parts
   * over few letters (many repeats and swaps), parts beyond 64 characters and characters beyond
   * 128, which take the table.
   */
  @Test
  void bitParallelFormAgreesWithTheTable() {
    Random random = new Random(7);
    String[] alphabets = {"ab", "abc", "abcdefghijklmnopqrstuvwxyz", "aé-1", "ab\u0430\u0431"};
    for (int n = 0; n < 60_000; n++) {
      String alphabet = alphabets[n % alphabets.length];
      int longest = n % 50 == 0 ? 80 : 14;
      String a = random(random, random.nextInt(longest + 1), alphabet);
      String b = random.nextInt(3) == 0 ? a : random(random, random.nextInt(longest + 1), alphabet);
      if (b == a && !a.isEmpty()) {
        // a few edits of the same part
        StringBuilder edited = new StringBuilder(a);
        for (int e = random.nextInt(4); e > 0 && edited.length() > 1; e--) {
          int at = random.nextInt(edited.length() - 1);
          char c = edited.charAt(at);
          edited.setCharAt(at, edited.charAt(at + 1));
          edited.setCharAt(at + 1, random.nextBoolean() ? c : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        b = edited.toString();
      }
      int distance = reference(a, b);
      for (int bound = 0; bound <= 4; bound++) {
        assertThat(EditDistance.within(a, b, bound)).as("%s / %s within %d", a, b, bound)
            .isEqualTo(Math.min(distance, bound + 1));
        assertThat(EditDistance.byTable(a, b, bound)).isEqualTo(Math.min(distance, bound + 1));
      }
    }
  }
}
