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
}
