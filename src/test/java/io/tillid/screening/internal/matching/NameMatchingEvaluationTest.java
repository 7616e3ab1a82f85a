package io.tillid.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Quality floors on the evaluation data: deterministic, so they hold exactly; the floors sit a
 * little below today's figures (README) so that a change that loses quality fails the build.
 */
class NameMatchingEvaluationTest {

  static final NameMatchingEvaluation.Report REPORT = NameMatchingEvaluation.run();

  @Test
  void nomenklaturaNamePairs() {
    assertThat(REPORT.pairs().f1()).isGreaterThanOrEqualTo(0.907);
    assertThat(REPORT.pairs().precision()).isGreaterThanOrEqualTo(0.925);
    assertThat(REPORT.pairs().recall()).isGreaterThanOrEqualTo(0.888);
  }

  @Test
  void putinVariants() {
    // every variant, in every script, matches "Vladimir Putin"
    assertThat(REPORT.putinMatched()).isEqualTo(REPORT.putinVariants()).isEqualTo(81);
    assertThat(REPORT.putinMissed()).isEmpty();
  }

  @Test
  void crossScriptPairs() {
    assertThat(REPORT.crossScript().stream().filter(c -> c.score() >= NameMatchingEvaluation.THRESHOLD).count())
        .isGreaterThanOrEqualTo(18);
  }

  @Test
  void ofacSearchToolScoresCorrelate() {
    assertThat(REPORT.ofacCorrelation()).isGreaterThan(0.3);
  }
}
