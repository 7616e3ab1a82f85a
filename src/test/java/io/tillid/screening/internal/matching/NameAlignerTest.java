package io.tillid.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.screening.internal.lists.EntityType;
import org.junit.jupiter.api.Test;

class NameAlignerTest {

  static final double T = ScreeningDefaults.THRESHOLD;

  static double score(String query, String listed) {
    return NameMatchingEvaluation.score(query, listed, EntityType.PERSON);
  }

  @Test
  void aSonIsNotHisFather() {
    assertThat(score("Salman bin Muhammad al-Rawi", "Muhammad bin Salman al-Rawi")).isLessThan(T);
    assertThat(score("Ibrahim bin al-Din al-Masri", "Saif al-Din bin Ibrahim al-Masri")).isLessThan(T);
    // the same roles in another order are the same person
    assertThat(score("al-Rawi, Salman bin Muhammad", "Salman bin Muhammad al-Rawi")).isGreaterThanOrEqualTo(T);
    assertThat(score("Salman Muhammad al-Rawi", "Salman bin Muhammad al-Rawi")).isGreaterThanOrEqualTo(T);
  }

  @Test
  void lineageRoles() {
    Token[] tokens = NameNormalizer.rawTokens("Salman bin Muhammad Rawi").stream()
        .map(t -> Token.of(t, ReferenceData.standard())).toArray(Token[]::new);
    assertThat(NameAligner.lineageRole(tokens, 0)).isEqualTo(1);
    assertThat(NameAligner.lineageRole(tokens, 1)).isZero();
    assertThat(NameAligner.lineageRole(tokens, 2)).isEqualTo(-1);
    assertThat(NameAligner.lineageRole(tokens, 3)).isZero();
  }

  private static Token[] parts(String... texts) {
    Token[] tokens = new Token[texts.length];
    for (int i = 0; i < texts.length; i++) {
      tokens[i] = TokenSimilarityTest.token(texts[i]);
    }
    return tokens;
  }

  /**
   * A thread's buffers keep the query's parts written together for the next listed name; another
   * query, even one in the same array or of the same length, gets its own.
   */
  @Test
  void partsWrittenTogetherAreTheQuerysOwn() {
    NameAligner aligner = new NameAligner();
    Token[] listed = parts("abdulrahman", "hassan");
    Token[] other = parts("abdul", "karim", "hassan");
    Token[] query = parts("abdul", "rahman", "hassan");
    NameAligner.Scratch scratch = new NameAligner.Scratch();
    double joined = aligner.explain(query, listed, false, scratch).score();
    assertThat(joined).isEqualTo(aligner.explain(query, listed, false).score()).isGreaterThan(0.9);
    assertThat(aligner.explain(other, listed, false, scratch).score())
        .isEqualTo(aligner.explain(other, listed, false).score()).isLessThan(joined);
    // the same array with other parts in it
    Token[] reused = parts("abdul", "rahman", "hassan");
    assertThat(aligner.explain(reused, listed, false, scratch).score()).isEqualTo(joined);
    reused[1] = TokenSimilarityTest.token("karim");
    assertThat(aligner.explain(reused, listed, false, scratch).score())
        .isEqualTo(aligner.explain(other, listed, false).score());
  }
}
