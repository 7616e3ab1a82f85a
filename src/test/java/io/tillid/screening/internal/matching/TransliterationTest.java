package io.tillid.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.screening.internal.lists.EntityType;
import org.junit.jupiter.api.Test;

class TransliterationTest {

  @Test
  void koreanLoanwordsLoseTheVowelAddedToConsonants() {
    assertThat(Latinizer.latin("블라디미르")).isEqualTo("bladimir");
    assertThat(Latinizer.latin("푸틴")).isEqualTo("putin");
    // the patronymic's last 치 is -ch (Korean adds the i after it as it adds ㅡ after others)
    assertThat(Latinizer.latin("블라디미로비치")).isEqualTo("bladimirobich");
    // a syllable of its own (은) or with another final consonant (근) keeps its vowel, and native
    // words keep their last i and their ㄹㄹ as ll; ㄹ is r before a vowel
    assertThat(Latinizer.latin("김정은")).isEqualTo("gimjeongeun");
    assertThat(Latinizer.latin("박근혜")).isEqualTo("bakgeunhye");
    assertThat(Latinizer.latin("김치")).isEqualTo("gimchi");
    assertThat(Latinizer.latin("설리")).isEqualTo("seolli");
    assertThat(Latinizer.latin("이리")).isEqualTo("iri");
    assertThat(NameMatchingEvaluation.score("블라디미르 푸틴", "Vladimir Putin", EntityType.PERSON))
        .isGreaterThanOrEqualTo(ScreeningDefaults.THRESHOLD);
    assertThat(NameMatchingEvaluation.score("블라디미르 블라디미로비치 푸틴", "Vladimir Putin", EntityType.PERSON))
        .isGreaterThanOrEqualTo(ScreeningDefaults.THRESHOLD);
  }

  @Test
  void hungarianSoftConsonantsFoldToTheirLetters() {
    assertThat(SpellingFold.fold("vlagyimir")).isEqualTo(SpellingFold.fold("vladimir"));
    assertThat(SpellingFold.fold("putyin")).isEqualTo(SpellingFold.fold("putin"));
    assertThat(SpellingFold.fold("gyorgy")).isNotEqualTo(SpellingFold.fold("dorgy"));
  }

  @Test
  void khmerIsRomanisedThoughIcuHasNoTransliteratorForIt() {
    // the consonant's series decides its vowel; ប៉ is p; a bare consonant after a vowel closes the syllable
    assertThat(Latinizer.latin("ប៉ុល ពត")).isEqualTo("pol pot");
    assertThat(Latinizer.latin("ហ៊ុន សែន")).isEqualTo("hun saen");
    assertThat(Latinizer.latin("ពូទីន")).isEqualTo("putin");
    assertThat(Latinizer.latin("កម្ពុជា")).isEqualTo("kampuchea");
    assertThat(Latinizer.latin("ភ្នំពេញ")).isEqualTo("phnumpenh");
    assertThat(NameMatchingEvaluation.score("ប៉ុល ពត", "Pol Pot", EntityType.PERSON))
        .isGreaterThanOrEqualTo(ScreeningDefaults.THRESHOLD);
    assertThat(NameMatchingEvaluation.score("វ៉្លាឌីមៀរ ពូទីន", "Vladimir Putin", EntityType.PERSON))
        .isGreaterThanOrEqualTo(ScreeningDefaults.THRESHOLD);
    assertThat(NameMatchingEvaluation.score("ហ៊ុន សែន", "Pol Pot", EntityType.PERSON))
        .isLessThan(ScreeningDefaults.THRESHOLD);
  }
}
