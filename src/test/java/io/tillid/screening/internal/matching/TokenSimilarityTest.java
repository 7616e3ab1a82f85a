package io.tillid.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.screening.internal.lists.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

  /**
   * The quick test before comparing spellings only settles parts every rule finds unrelated: over
   * the parts of every name in the evaluation sets (several scripts, typos, nicknames) and pairs
   * that only one rule makes alike, no pair with a similarity is settled as unrelated.
   */
  @Test
  void partsSettledAsUnrelatedHaveNoSimilarity() {
    NameNormalizer normalizer = new NameNormalizer(ReferenceData.standard());
    Set<String> texts = new LinkedHashSet<>();
    // parts written in a syllabic script (katakana, Hangul, Chinese characters) are loanwords
    Set<Token> loanwords = new LinkedHashSet<>();
    for (String name : NameMatchingEvaluation.allNames()) {
      NameNormalizer.Normalized normalized = normalizer.normalize(name, EntityType.UNKNOWN);
      for (int i = 0; i < normalized.tokens().size(); i++) {
        if (normalized.loanword(i)) {
          loanwords.add(Token.of(normalized.tokens().get(i), ReferenceData.standard(), true));
        } else {
          texts.add(normalized.tokens().get(i));
        }
      }
    }
    // one rule each: Baltic ending, the article, an initial, synonyms, consonants, sounding alike
    texts.addAll(List.of("lavrov", "lavrovs", "putin", "putinas", "al", "el", "ul", "v", "vladimir", "bob", "robert",
        "frnandw", "fernando", "mhmd", "muhammad", "stephen", "steven", "catherine", "kathryn"));
    List<Token> tokens = new ArrayList<>(texts.stream().map(TokenSimilarityTest::token).toList());
    tokens.addAll(loanwords);
    int alike = 0;
    int settled = 0;
    for (Token a : tokens) {
      for (Token b : tokens) {
        double similarity = TokenSimilarity.unfiltered(a, b);
        if (!TokenSimilarity.mayBeAlike(a, b)) {
          settled++;
          assertThat(similarity).as("%s ~ %s", a.text(), b.text()).isZero();
        } else if (similarity > 0) {
          alike++;
        }
        assertThat(TokenSimilarity.of(a, b)).isEqualTo(similarity);
      }
    }
    assertThat(tokens).hasSizeGreaterThan(1000);
    assertThat(alike).isGreaterThan(5000);
    assertThat(settled).isGreaterThan(tokens.size() * tokens.size() * 9 / 10);
  }
}
