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

  @Test
  void titlesAfterTheNameAreDropped() {
    // Hungarian writes "President Putin" as Putyin elnök; Chinese and Korean put the title last too
    assertThat(NORMALIZER.tokens("Putyin elnök", EntityType.PERSON)).containsExactly("putyin");
    assertThat(NORMALIZER.tokens("Orbán Viktor elnök úr", EntityType.PERSON)).containsExactly("orban", "viktor");
    assertThat(NORMALIZER.tokens("푸틴 대통령", EntityType.PERSON)).containsExactly("putin");
    // a name that is only the title keeps it; an organisation's name keeps its words
    assertThat(NORMALIZER.tokens("Elnök", EntityType.PERSON)).containsExactly("elnok");
    assertThat(NORMALIZER.tokens("Putyin elnök", EntityType.ORGANIZATION)).containsExactly("putyin", "elnok");
    assertThat(score("Putyin elnök", "Vladimir Putin", EntityType.PERSON)).isGreaterThanOrEqualTo(T);
  }

  @Test
  void eastSlavicGivenNamesAreOneNameInTheirThreeLanguages() {
    assertThat(score("Volodymyr Zelensky", "Vladimir Zelensky", EntityType.PERSON)).isGreaterThanOrEqualTo(T);
    assertThat(score("Aliaksandr Lukashenka", "Aleksandr Lukashenka", EntityType.PERSON)).isGreaterThanOrEqualTo(T);
    assertThat(score("Микола Азаров", "Nikolai Azarov", EntityType.PERSON)).isGreaterThanOrEqualTo(T);
    assertThat(score("Putin Volodymyr Volodymyrovych", "Vladimir Putin", EntityType.PERSON)).isGreaterThanOrEqualTo(T);
    // different names stay different
    assertThat(score("Mykola", "Mikhail", EntityType.PERSON)).isLessThan(T);
  }
}
