package io.tillid.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.screening.internal.lists.EntityType;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {

  static final NameNormalizer NORMALIZER = new NameNormalizer(ReferenceData.standard());
  static final double T = ScreeningDefaults.THRESHOLD;

  static double score(String query, String listed, EntityType type) {
    return NameMatchingEvaluation.score(query, listed, type);
  }

  @Test
  void numberWordsOfOrganisationsAreDigits() {
    assertThat(NORMALIZER.tokens("Brigade Forty-Four", EntityType.ORGANIZATION)).containsExactly("brigade", "44");
    assertThat(NORMALIZER.tokens("Brigade Fourty 4", EntityType.ORGANIZATION)).containsExactly("brigade", "44");
    assertThat(NORMALIZER.tokens("First International Bank", EntityType.ORGANIZATION))
        .containsExactly("1", "international", "bank");
    assertThat(NORMALIZER.tokens("1st International Bank", EntityType.ORGANIZATION))
        .containsExactly("1", "international", "bank");
    assertThat(NORMALIZER.tokens("Three Percenters", EntityType.ORGANIZATION)).containsExactly("3", "percenters");
    assertThat(score("Brigade 44", "Brigade Forty-Four", EntityType.ORGANIZATION)).isGreaterThanOrEqualTo(T);
    assertThat(score("Brigade 45", "Brigade Forty-Four", EntityType.ORGANIZATION)).isLessThan(T);
  }

  @Test
  void peoplesNamesKeepTheirWords() {
    assertThat(NORMALIZER.tokens("Seven Forty", EntityType.PERSON)).containsExactly("seven", "forty");
    assertThat(NORMALIZER.tokens("J. R. Smith", EntityType.PERSON)).containsExactly("j", "r", "smith");
    assertThat(NORMALIZER.tokens("J. R. Smith", EntityType.UNKNOWN)).containsExactly("j", "r", "smith");
  }

  @Test
  void lettersOfAnOrganisationsNameAreOneWord() {
    assertThat(NORMALIZER.tokens("A.B.C. Company Holding", EntityType.ORGANIZATION)).containsExactly("abc", "company",
        "holding");
    assertThat(NORMALIZER.tokens("H and M Hennes", EntityType.ORGANIZATION)).containsExactly("hm", "hennes");
    assertThat(NORMALIZER.tokens("H&M Hennes", EntityType.ORGANIZATION)).containsExactly("hm", "hennes");
    assertThat(score("ABC Company", "A.B.C. Company", EntityType.ORGANIZATION)).isGreaterThanOrEqualTo(T);
    assertThat(score("C.B.A. Company", "A.B.C. Company", EntityType.ORGANIZATION)).isLessThan(T);
  }

  @Test
  void organisationsOfDifferentLegalKindsDoNotMatch() {
    assertThat(score("Deutsche Bank AG", "Deutsche Bank GmbH", EntityType.ORGANIZATION)).isLessThan(T);
    assertThat(score("Deutsche Bank AG", "Deutsche Bank Aktiengesellschaft", EntityType.ORGANIZATION))
        .isGreaterThanOrEqualTo(T);
  }
}
