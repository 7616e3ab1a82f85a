package io.tillid.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenSimilarityTest {

  static Token token(String text) {
    return Token.of(text, ReferenceData.standard());
  }

  @Test
  void arabicScriptSpellingsMatchByTheirConsonants() {
    assertThat(TokenSimilarity.abjad("frnandw")).isTrue();
    assertThat(TokenSimilarity.abjad("fernando")).isFalse();
    assertThat(TokenSimilarity.abjad("hassan")).isFalse();
    assertThat(TokenSimilarity.of(token("frnandw"), token("fernando"))).isEqualTo(TokenSimilarity.ABJAD);
    assertThat(TokenSimilarity.kind(token("frnandw"), token("fernando"))).isEqualTo(MatchKind.CONSONANTS);
    // other consonants do not match
    assertThat(TokenSimilarity.of(token("frnandw"), token("fernandez"))).isLessThan(TokenSimilarity.ABJAD);
  }
}
