package io.tillid.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.screening.internal.lists.EntityType;
import io.tillid.screening.internal.lists.PartialDate;
import io.tillid.screening.internal.lists.WatchlistEntity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreeningEngineTest {

  static final ScreeningEngine ENGINE = ScreeningEngine.build(Fixtures.sampleList());
  static final double T = ScreeningDefaults.THRESHOLD;

  static List<Match> screen(String name) {
    return ENGINE.screen(ScreeningQuery.name(name), T, 10);
  }

  static ScreeningQuery query(String name, EntityType type, String birthDate, Set<String> countries,
      List<String> identifiers) {
    return new ScreeningQuery(name, type, birthDate == null ? null : PartialDate.parse(birthDate), countries,
        identifiers, Set.of());
  }

  @Test
  void findsReorderedNamesWithAMissingPatronymic() {
    List<Match> matches = screen("Vladimir Putin");

    assertThat(matches).isNotEmpty();
    assertThat(matches.get(0).entity().entityId()).isEqualTo("35096");
    assertThat(matches.get(0).score()).isGreaterThan(0.9);
    assertThat(matches).extracting(m -> m.entity().entityId()).doesNotContain("QDi.001");
  }

  @Test
  void transliteratesOtherScriptsOnBothSides() {
    assertThat(screen("Владимир Путин")).extracting(m -> m.entity().entityId()).first().isEqualTo("35096");
    assertThat(screen("김정은")).extracting(m -> m.entity().entityId()).contains("QDi.002");
    assertThat(screen("习近平")).extracting(m -> m.entity().entityId()).contains("5555");
  }

  @Test
  void readsModernGreekAsModernGreek() {
    // β is v, and μπ, ντ, γκ stand for the b, d, g of foreign names
    assertThat(NameNormalizer.rawTokens("Βλαντίμιρ Πούτιν")).containsExactly("vladimir", "poutin");
    assertThat(NameNormalizer.rawTokens("Μπους Γκέιτς")).containsExactly("bous", "geits");
    assertThat(screen("Βλαντίμιρ Βλαντίμιροβιτς Πούτιν")).extracting(m -> m.entity().entityId()).first()
        .isEqualTo("35096");
  }

  @Test
  void silencesTheLastInherentVowelOfHindiAndBengaliWords() {
    assertThat(NameNormalizer.rawTokens("भ्लादिमिर पुटिन")).containsExactly("bhladimir", "putin");
    assertThat(NameNormalizer.rawTokens("ভ্লাদিমির পুতিন")).containsExactly("bhladimir", "putin");
    // a vowel sign at the end stays
    assertThat(NameNormalizer.rawTokens("राजा")).containsExactly("raja");
  }

  @Test
  void arabicScriptConsonantsStandForPAndV() {
    assertThat(TokenKeys.skeleton("bwtn")).isEqualTo(TokenKeys.skeleton("putin"));
    assertThat(TokenKeys.skeleton("fldymyr")).isEqualTo(TokenKeys.skeleton("vladimir"));
    assertThat(NameMatchingEvaluation.score("فلاديمير بوتن", "Vladimir Putin", EntityType.PERSON)).isGreaterThan(T);
  }

  @Test
  void aPartDoesNotSoundLikeItsOwnBeginning() {
    Token alisher = Token.of("alisher", ReferenceData.standard());
    Token joined = Token.of("alisherusmanov", ReferenceData.standard());
    assertThat(alisher.soundsLike(joined)).isTrue();
    assertThat(TokenSimilarity.of(alisher, joined)).isZero();
    // so the part written together pairs with both listed parts
    assertThat(NameMatchingEvaluation.score("AlisherUsmanov", "Alisher Usmanov", EntityType.PERSON)).isGreaterThan(T);
  }

  @Test
  void toleratesTyposAndTransliterationVariants() {
    assertThat(screen("Wladimir Poutine")).extracting(m -> m.entity().entityId()).contains("35096");
    assertThat(screen("Mohammed Ali Hasan")).extracting(m -> m.entity().entityId()).contains("7001");
    assertThat(screen("Vladimir Putn")).extracting(m -> m.entity().entityId()).contains("35096");
  }

  @Test
  void organisationsMatchWithoutTheirLegalForm() {
    assertThat(ENGINE.screen(query("Rosneft", EntityType.ORGANIZATION, null, Set.of(), List.of()), T, 10))
        .extracting(m -> m.entity().entityId()).containsExactly("9001");
    assertThat(screen("Tactical Missiles Corp.")).extracting(m -> m.entity().entityId()).contains("E-17");
  }

  @Test
  void unrelatedNamesDoNotMatch() {
    assertThat(screen("Angela Merkel")).isEmpty();
    assertThat(screen("Tactical Kittens Limited")).isEmpty();
  }

  @Test
  void explainsEveryNamePartAndFactor() {
    Match match = ENGINE.screen(query("Putin, Vladimir", EntityType.PERSON, "1952-10-07", Set.of("RU"), List.of()),
        T, 10).get(0);

    Explanation explanation = match.explanation();
    assertThat(explanation.tokens()).extracting(Explanation.TokenMatch::query, Explanation.TokenMatch::listed,
        Explanation.TokenMatch::how).contains(
            org.assertj.core.groups.Tuple.tuple("putin", "putin", "exact"),
            org.assertj.core.groups.Tuple.tuple("vladimir", "vladimir", "exact"));
    // the patronymic, in whichever of the two scripts' names matched best
    assertThat(explanation.tokens()).anyMatch(t -> t.query() == null && t.listed().startsWith("vladimirovi")
        && t.how().equals("extra"));
    assertThat(explanation.factors()).extracting(Explanation.Factor::factor, Explanation.Factor::outcome).contains(
        org.assertj.core.groups.Tuple.tuple("type", "match"),
        org.assertj.core.groups.Tuple.tuple("birthDate", "same-day"),
        org.assertj.core.groups.Tuple.tuple("country", "shared"));
    assertThat(match.score()).isGreaterThan(explanation.nameScore());
  }

  @Test
  void aConflictingBirthYearWeakensAndAnIdentifierStrengthens() {
    double plain = ENGINE.screen(query("Ali Hassan Muhammad", null, null, Set.of(), List.of()), 0.5, 10).get(0).score();
    double conflicting = ENGINE.screen(query("Ali Hassan Muhammad", null, "1990", Set.of(), List.of()), 0.5, 10)
        .get(0).score();
    Match identified = ENGINE.screen(query("Ali Hasan", null, null, Set.of(), List.of("a 123-4567")), 0.5, 10).get(0);

    assertThat(conflicting).isLessThan(plain - 0.1);
    assertThat(identified.entity().entityId()).isEqualTo("7001");
    assertThat(identified.explanation().factors()).extracting(Explanation.Factor::factor).contains("identifier");
    assertThat(identified.score()).isGreaterThan(identified.explanation().nameScore());
  }

  @Test
  void aPersonIsNotAnOrganisation() {
    double asAnyone = ENGINE.screen(query("Rosneft Oil", null, null, Set.of(), List.of()), 0.5, 10).get(0).score();
    double asPerson = ENGINE.screen(query("Rosneft Oil", EntityType.PERSON, null, Set.of(), List.of()), 0.5, 10)
        .get(0).score();

    assertThat(asPerson).isLessThan(asAnyone);
  }

  @Test
  void weakAliasesCountForLess() {
    Match weak = ENGINE.screen(ScreeningQuery.name("Abu Ali"), 0.5, 10).get(0);

    assertThat(weak.matchedName()).isEqualTo("Abu Ali");
    assertThat(weak.explanation().weakAlias()).isTrue();
    assertThat(weak.score()).isLessThan(1.0);
  }

  @Test
  void sourcesRestrictTheLists() {
    ScreeningQuery onlyUn = new ScreeningQuery("Vladimir Putin", null, null, Set.of(), List.of(), Set.of("un"));

    assertThat(ENGINE.screen(onlyUn, 0.5, 10)).allMatch(m -> m.entity().source().equals("un"));
  }

  @Test
  void sameInputSameOutputWhateverTheListOrder() {
    List<WatchlistEntity> shuffled = new ArrayList<>(Fixtures.sampleList());
    List<WatchlistEntity> twins = new ArrayList<>();
    for (int i = 9; i >= 0; i--) {
      twins.add(Fixtures.person("test", "twin-" + i, "Ivan Petrov").build());
    }
    shuffled.addAll(twins);
    Collections.shuffle(shuffled, new Random(7));
    ScreeningEngine engine = ScreeningEngine.build(shuffled);

    List<Match> first = engine.screen(ScreeningQuery.name("Ivan Petrov"), T, 5);
    List<WatchlistEntity> reversed = new ArrayList<>(shuffled);
    Collections.reverse(reversed);
    List<Match> again = ScreeningEngine.build(reversed).screen(ScreeningQuery.name("Ivan Petrov"), T, 5);

    assertThat(first).extracting(m -> m.entity().entityId())
        .containsExactly("twin-0", "twin-1", "twin-2", "twin-3", "twin-4");
    assertThat(again).isEqualTo(first);
  }

  @Test
  void emptyOrUnmatchableNamesFindNothing() {
    assertThat(screen("  ")).isEmpty();
    assertThat(screen("!!!")).isEmpty();
    assertThat(ENGINE.normalize(ScreeningQuery.name("Mr. Dr."))).isNotEmpty();
  }

  /**
   * A query of one part scores no name above its ceiling: each part of a name of the evaluation
   * set (and of lists, as organisations' too, for acronyms) against every name that has a part
   * similar to it, the ceiling taken from the most similar one and the longest part as similar.
   */
  @Test
  void noNameScoresAboveTheCeilingOfAOnePartQuery() {
    NameNormalizer normalizer = new NameNormalizer(ReferenceData.standard());
    List<Token[]> names = new ArrayList<>();
    List<Token> queries = new ArrayList<>();
    List<String> texts = new ArrayList<>(NameMatchingEvaluation.pairNames());
    texts.addAll(List.of("IBM", "International Business Machines", "ACME Trading Co", "ATC", "Abdulrahman",
        "Abdul Rahman", "V Putin", "Trading 2000", "Company 14", "1984", "Club 1984", "Plant No. 5"));
    for (String name : texts) {
      Token[] tokens = normalizer.normalize(name, EntityType.UNKNOWN).tokens().stream()
          .map(TokenSimilarityTest::token).toArray(Token[]::new);
      if (tokens.length > 0) {
        names.add(tokens);
      }
      for (Token token : tokens) {
        if (token.length() > 1 && queries.stream().noneMatch(token::equals)) {
          queries.add(token);
        }
      }
    }
    NameAligner aligner = new NameAligner();
    NameAligner.Scratch scratch = new NameAligner.Scratch();
    int compared = 0;
    int close = 0;
    for (Token query : queries) {
      Token[] single = {query};
      for (Token[] listed : names) {
        int chars = 0;
        int numbers = 0;
        float best = 0;
        for (Token part : listed) {
          chars += part.length();
          numbers += part.digits() && !query.digits() ? part.length() : 0;
          best = Math.max(best, (float) TokenSimilarity.of(query, part));
        }
        if (best == 0) {
          continue;
        }
        // the longest part as similar as the most similar (as scoring compares them, in float)
        int paired = 0;
        for (Token part : listed) {
          paired = (float) TokenSimilarity.of(query, part) == best ? Math.max(paired, part.length()) : paired;
        }
        for (boolean organisation : new boolean[] {false, true}) {
          double ceiling = ScreeningEngine.onePartCeiling(query.length(), best, chars, paired, numbers, organisation);
          double score = aligner.explain(single, listed, organisation, scratch).score();
          assertThat(score).as("%s / %s", query.text(), List.of(listed)).isLessThanOrEqualTo(ceiling);
          compared++;
          close += ceiling - score < 0.01 ? 1 : 0;
        }
      }
    }
    assertThat(compared).isGreaterThan(10_000);
    // and no mere 1: for many names it is the score itself
    assertThat(close).isGreaterThan(compared / 5);
  }
}
