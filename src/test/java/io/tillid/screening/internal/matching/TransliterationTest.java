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
    assertThat(Latinizer.latin("정은")).isEqualTo("jeongeun");
    assertThat(Latinizer.latin("근혜")).isEqualTo("geunhye");
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

  static double score(String query, String listed) {
    return NameMatchingEvaluation.score(query, listed, EntityType.PERSON);
  }

  @Test
  void chineseTranscriptionsOfForeignNamesAreOnePartBetweenTheDots() {
    assertThat(Latinizer.latin("弗拉基米尔·普京")).isEqualTo("fulajimier pujing");
    assertThat(Latinizer.latin("贝拉克·奥巴马")).isEqualTo("beilake obama");
    // Chinese names of Chinese people keep a part per syllable
    assertThat(Latinizer.latin("习近平")).isEqualTo("xi jin ping");
  }

  @Test
  void katakanaInitialUBeforeAConsonantIsAlsoTheVOfACluster() {
    assertThat(Latinizer.latin("ウラジーミル")).isEqualTo("urajimiru");
    assertThat(LoanwordKey.initialV("urajimiru")).isEqualTo(LoanwordKey.of("vladimir"));
    assertThat(LoanwordKey.initialV("usumanofu")).isNotEqualTo(LoanwordKey.of("vladimir"));
    assertThat(LoanwordKey.initialV("uedano")).isZero();
    // both readings: a real u stays one
    assertThat(score("ウラジーミル・プーチン", "Vladimir Putin")).isGreaterThanOrEqualTo(ScreeningDefaults.THRESHOLD);
    assertThat(score("アリシェル・ウスマノフ", "Alisher Usmanov")).isGreaterThanOrEqualTo(ScreeningDefaults.THRESHOLD);
  }

  @Test
  void loanwordKeysAreTheConsonantClasses() {
    assertThat(LoanwordKey.of("putin")).isNotZero().isEqualTo(LoanwordKey.of("pujing"));
    assertThat(LoanwordKey.of("vladimir")).isEqualTo(LoanwordKey.of("fulajimier"))
        .isEqualTo(LoanwordKey.of("balardemeyar"));
    assertThat(LoanwordKey.of("trump")).isEqualTo(LoanwordKey.of("toranpu"));
    assertThat(LoanwordKey.of("barack")).isEqualTo(LoanwordKey.of("beilake"));
    assertThat(LoanwordKey.of("putin")).isNotEqualTo(LoanwordKey.of("pashin"));
    // fewer than three classes say too little
    assertThat(LoanwordKey.of("obama")).isZero();
    assertThat(LoanwordKey.of("pu")).isZero();
  }

  @Test
  void foreignNamesInSyllabicScriptsMatchTheirLatinForm() {
    double t = ScreeningDefaults.THRESHOLD;
    assertThat(score("弗拉基米尔·普京", "Vladimir Putin")).isGreaterThanOrEqualTo(t);
    assertThat(score("ウラジーミル・プーチン", "Vladimir Putin")).isGreaterThanOrEqualTo(t);
    assertThat(score("ဗလာဒီမီယာ ပူတင်", "Vladimir Putin")).isGreaterThanOrEqualTo(t);
    assertThat(score("贝拉克·奥巴马", "Barack Obama")).isGreaterThanOrEqualTo(t);
    assertThat(score("イジュマシュ", "Izhmash")).isGreaterThanOrEqualTo(t);
    // a vowel-initial part is not a consonant-initial one, and three classes alone are not a match
    assertThat(score("イジュマシュ", "Demos")).isLessThan(t);
    assertThat(score("イジュマシュ センター", "Sandy Adams")).isLessThan(t);
    assertThat(score("ドナルド・トランプ", "Donald Trump")).isGreaterThanOrEqualTo(t);
    assertThat(score("Vladimir Putin", "弗拉基米尔·普京")).isGreaterThanOrEqualTo(t);
    // other consonants do not match
    assertThat(score("弗拉基米尔·普京", "Vladimir Pashin")).isLessThan(t);
    assertThat(score("弗拉基米尔·普京", "Valentin Budin")).isLessThan(t);
    // only a part from such a script against a Latin one: two Latin spellings are not compared so
    assertThat(score("Pujing", "Putin")).isLessThan(t);
    assertThat(score("Fulajimier Pujing", "Vladimir Putin")).isLessThan(t);
  }

  @Test
  void koreanNamesAreFamilyNameAndGivenNameSyllables() {
    assertThat(Latinizer.latin("김정은")).isEqualTo("kim jeong eun");
    assertThat(Latinizer.latin("박지성")).isEqualTo("park ji seong");
    assertThat(Latinizer.latin("이민호")).isEqualTo("lee min ho");
    assertThat(score("김정은", "Kim Jong Un")).isGreaterThanOrEqualTo(ScreeningDefaults.THRESHOLD);
    assertThat(score("박지성", "Park Ji Sung")).isGreaterThanOrEqualTo(ScreeningDefaults.THRESHOLD);
    assertThat(score("문재인", "Moon Jae-in")).isGreaterThanOrEqualTo(ScreeningDefaults.THRESHOLD);
    // foreign names in Hangul stay one part: their syllables are not those of Korean given names
    assertThat(Latinizer.latin("오바마")).isEqualTo("obama");
    assertThat(Latinizer.latin("이리나")).isEqualTo("irina");
    assertThat(Latinizer.latin("마리아")).isEqualTo("maria");
    assertThat(score("김정은", "Kim Yo Jong")).isLessThan(ScreeningDefaults.THRESHOLD);
  }

  @Test
  void arabicAyinAllahAndAbdAl() {
    // a word-initial ع is read with its vowel; ICU's ayn inside a word does not split it
    assertThat(Latinizer.latin("علي")).isEqualTo("aly");
    assertThat(NameNormalizer.rawTokens("سعيد")).containsExactly("syd");
    // Abd al-X is one part, Abdullah, Abdulrahman
    assertThat(NameNormalizer.rawTokens("عبد الله")).containsExactly("abdullah");
    assertThat(NameNormalizer.rawTokens("عبد الرحمن")).containsExactly("abdulrhmn");
    // عمر is no longer taken for the title Mr
    assertThat(NameNormalizer.rawTokens("عمر")).containsExactly("amr");
    assertThat(score("محمد علي", "Mohamed Ali")).isGreaterThanOrEqualTo(ScreeningDefaults.THRESHOLD);
    assertThat(score("عبد الله", "Abdullah")).isGreaterThanOrEqualTo(ScreeningDefaults.THRESHOLD);
    assertThat(score("عبد الرحمن", "Abdulrahman")).isGreaterThanOrEqualTo(ScreeningDefaults.THRESHOLD);
    assertThat(score("محمد علي", "Mohamed Amin")).isLessThan(ScreeningDefaults.THRESHOLD);
  }

  @Test
  void onlyAPartFromASyllabicScriptIsComparedByItsLoanwordKey() {
    ReferenceData data = ReferenceData.standard();
    Token pujing = Token.of("pujing", data, true);
    Token fulajimier = Token.of("fulajimier", data, true);
    assertThat(TokenSimilarity.of(pujing, Token.of("putin", data))).isEqualTo(TokenSimilarity.LOANWORD_SHORT);
    assertThat(TokenSimilarity.of(Token.of("putin", data), pujing)).isEqualTo(TokenSimilarity.LOANWORD_SHORT);
    assertThat(TokenSimilarity.of(fulajimier, Token.of("vladimir", data))).isEqualTo(TokenSimilarity.LOANWORD);
    assertThat(TokenSimilarity.kind(fulajimier, Token.of("vladimir", data))).isEqualTo(MatchKind.PHONETIC);
    // two Latin parts, or two parts from syllabic scripts, are not
    assertThat(TokenSimilarity.of(Token.of("pujing", data), Token.of("putin", data))).isZero();
    assertThat(TokenSimilarity.of(pujing, Token.of("putin", data, true))).isZero();
  }

  @Test
  void titlesAfterANameInChineseJapaneseAndKorean() {
    NameNormalizer normalizer = new NameNormalizer(ReferenceData.standard());
    assertThat(normalizer.tokens("普京总统", EntityType.PERSON)).containsExactly("pu", "jing");
    assertThat(normalizer.tokens("プーチン大統領", EntityType.PERSON)).containsExactly("puchin");
    assertThat(normalizer.tokens("푸틴 대통령", EntityType.PERSON)).containsExactly("putin");
  }
}
