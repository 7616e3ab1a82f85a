package io.tillid.screening.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.screening.internal.lists.EntityType;
import io.tillid.screening.internal.lists.WatchlistEntity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Candidate generation: the index finds every part and name that the scorer would pair. */
class NameIndexTest {

  private static final ReferenceData DATA = ReferenceData.standard();
  private static final String[] PARTS = {"abdulrahman", "mohammed", "vladimir", "alexander", "rotenberg",
      "konstantinovich", "ivan", "ali", "hassan", "nuristani", "margoshvili", "industries", "sechin", "al"};

  /** Random edits (substitute, insert, delete, swap) of real parts, up to three. */
  private static List<String> variants(int count, long seed) {
    Random random = new Random(seed);
    Set<String> out = new LinkedHashSet<>(List.of(PARTS));
    while (out.size() < count) {
      StringBuilder b = new StringBuilder(PARTS[random.nextInt(PARTS.length)]);
      for (int e = random.nextInt(3) + 1; e > 0 && b.length() > 2; e--) {
        int at = random.nextInt(b.length() - 1);
        char letter = (char) ('a' + random.nextInt(26));
        switch (random.nextInt(4)) {
          case 0 -> b.setCharAt(at, letter);
          case 1 -> b.insert(at, letter);
          case 2 -> b.deleteCharAt(at);
          default -> {
            char c = b.charAt(at);
            b.setCharAt(at, b.charAt(at + 1));
            b.setCharAt(at + 1, c);
          }
        }
      }
      out.add(b.toString());
    }
    return new ArrayList<>(out);
  }

  @Test
  void deletionDepthFollowsTheEditBudgetOfTheLongerPart() {
    assertThat(Deletions.depth(2)).isEqualTo(1);
    assertThat(Deletions.depth(5)).isEqualTo(1);
    // six letters may match eight two edits away
    assertThat(Deletions.depth(6)).isEqualTo(2);
    assertThat(Deletions.depth(9)).isEqualTo(3);
  }

  @Test
  void findsEveryVocabularyPartTheScorerFindsSimilar() {
    List<String> vocabulary = variants(600, 1);
    NameIndex.Builder builder = new NameIndex.Builder(DATA);
    for (int i = 0; i < vocabulary.size(); i++) {
      builder.add(i, List.of(vocabulary.get(i)));
    }
    NameIndex index = builder.build();
    NameIndex.Lookup lookup = new NameIndex.Lookup();
    int pairs = 0;
    for (String text : variants(200, 2)) {
      Token query = Token.of(text, DATA);
      Set<Integer> found = new HashSet<>();
      index.forEachSimilar(query, (t, similarity) -> found.add(t), lookup, true);
      for (int t = 0; t < index.vocabulary.length; t++) {
        if (TokenSimilarity.of(query, index.vocabulary[t]) > 0) {
          pairs++;
          assertThat(found).as("%s ~ %s", text, index.vocabulary[t].text()).contains(t);
        }
      }
    }
    // the check compared many pairs, two and three edits apart among them
    assertThat(pairs).isGreaterThan(2000);
  }

  /**
   * The same over the parts of every name of the evaluation sets (several scripts, transliterated)
   * and Chinese syllables as Wade-Giles and pinyin write them, each part as query and as listed
   * part. The one rule the index does not look up: parts alike only as Chinese syllables (Hsi and
   * Xi, Chin and Jin; but also Jan and Chan, which would match Jan Peter van der Berg to a Peter
   * Chan), which the scorer pairs when the name is found through another part.
   */
  @Test
  void findsEveryPartOfTheEvaluationNamesTheScorerFindsSimilar() {
    NameNormalizer normalizer = new NameNormalizer(DATA);
    Set<String> parts = new LinkedHashSet<>(List.of("xi", "hsi", "shi", "shih", "jin", "chin", "jing", "ching",
        "zhong", "chung", "zedong", "tsetung", "ze", "tse", "qi", "chi", "juan", "chuan"));
    for (String name : NameMatchingEvaluation.allNames()) {
      parts.addAll(normalizer.normalize(name, EntityType.UNKNOWN).tokens());
    }
    NameIndex.Builder builder = new NameIndex.Builder(DATA);
    for (String part : parts) {
      builder.add(0, List.of(part));
    }
    NameIndex index = builder.build();
    NameIndex.Lookup lookup = new NameIndex.Lookup();
    int pairs = 0;
    int syllables = 0;
    int syllablesNotLookedUp = 0;
    // a query initial is not looked up: it pairs with any part of its letter (see the engine)
    for (String text : parts.stream().filter(part -> part.length() > 1).toList()) {
      Token query = Token.of(text, DATA);
      Set<Integer> found = new HashSet<>();
      index.forEachSimilar(query, (t, similarity) -> found.add(t), lookup, true);
      for (int t = 0; t < index.vocabulary.length; t++) {
        Token listed = index.vocabulary[t];
        if (TokenSimilarity.of(query, listed) > 0) {
          pairs++;
          boolean syllable = query.chinese() != 0 && query.chinese() == listed.chinese();
          syllables += syllable ? 1 : 0;
          if (!found.contains(t)) {
            assertThat(syllable).as("%s ~ %s", text, listed.text()).isTrue();
            syllablesNotLookedUp++;
          }
        }
      }
    }
    assertThat(parts).hasSizeGreaterThan(1000);
    assertThat(pairs).isGreaterThan(5_000);
    assertThat(syllables).isGreaterThan(100);
    // most syllables alike are alike by spelling or sound too
    assertThat(syllablesNotLookedUp).isPositive().isLessThan(syllables / 2);
  }

  @Test
  void aListedInitialIsFoundFromTheWholeName() {
    ScreeningEngine engine = ScreeningEngine.build(List.of(Fixtures.person("t", "1", "V. Putin").build()));

    assertThat(engine.screen(ScreeningQuery.name("Vladimir Putin"), 0.5, 10)).hasSize(1);
  }

  @Test
  void theIndexReturnsWhatAnExhaustiveScanReturnsInACrowdedList() {
    List<String> given = variants(300, 3);
    List<String> family = variants(300, 4);
    Random random = new Random(5);
    List<WatchlistEntity> list = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String name = given.get(random.nextInt(given.size())) + " "
          + (random.nextBoolean() ? given.get(random.nextInt(given.size())) + " " : "")
          + family.get(random.nextInt(family.size()));
      list.add(Fixtures.person("t", "p" + i, name).build());
    }
    ScreeningEngine engine = ScreeningEngine.build(list);
    int hits = 0;
    for (int q = 0; q < 60; q++) {
      ScreeningQuery query = new ScreeningQuery(given.get(random.nextInt(given.size())) + " "
          + family.get(random.nextInt(family.size())), EntityType.PERSON, null, Set.of(), List.of(), Set.of());
      List<Match> exhaustive = engine.screenExhaustively(query, ScreeningDefaults.THRESHOLD, Integer.MAX_VALUE);
      hits += exhaustive.size();
      assertThat(engine.screen(query, ScreeningDefaults.THRESHOLD, Integer.MAX_VALUE)).isEqualTo(exhaustive);
    }
    assertThat(hits).isGreaterThan(200);
  }

  /**
   * A conflicting legal form takes its penalty off a name's score and a weak alias scores less,
   * so such names need more of the alignment; candidate selection asks it of them. Lower
   * thresholds (a tenant's, or evidence that may add to the name's score) let them match.
   */
  @Test
  void theIndexReturnsWhatAnExhaustiveScanReturnsForLegalFormsAndWeakAliases() {
    // words of six letters or more: no acronyms, and no cut-off parts (a query's last part as the
    // beginning of a listed one), which the index does not look up
    List<String> words = variants(300, 8).stream().filter(w -> w.length() >= 6).toList();
    String[] forms = {"Ltd", "GmbH", "LLC", "S.A.", ""};
    Random random = new Random(13);
    List<WatchlistEntity> list = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      String name = words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()));
      Fixtures entity = Fixtures.organization("t", "o" + i, name + " " + forms[random.nextInt(forms.length)]);
      if (random.nextInt(3) == 0) {
        entity.weakAlias(words.get(random.nextInt(words.size())) + " " + name);
      }
      list.add(entity.build());
    }
    // synonyms alike to the same query part, longer ones first or last in the name: a query of one
    // part pairs with the first of its most alike parts, not necessarily the first the index finds
    // (the estimate takes the first found, so these are checked for the same candidates only: at
    // 0.75, "co" against "Vladimir Corporation Corp" scores 0.80 and is estimated at 0.58)
    String[] synonyms = {"corp", "company", "corporation", "compania"};
    for (int i = 0; i < synonyms.length; i++) {
      for (int j = 0; j < synonyms.length; j++) {
        if (i != j) {
          list.add(Fixtures.organization("t", "s" + i + j, "Ringer " + synonyms[i] + " " + synonyms[j]).build());
        }
      }
    }
    ScreeningEngine engine = ScreeningEngine.build(list);
    int conflicting = 0;
    int weak = 0;
    List<String> synonymQueries = List.of("co", "corp", "company", "Co Ltd");
    List<String> queries = new ArrayList<>(synonymQueries);
    for (int q = 0; q < 100; q++) {
      // a listed name's words, or one of them with another word or alone, and a legal form
      String[] listed = list.get(random.nextInt(list.size())).primaryName().split(" ");
      String other = switch (random.nextInt(3)) {
        case 0 -> listed[1] + " ";
        case 1 -> words.get(random.nextInt(words.size())) + " ";
        default -> "";
      };
      queries.add(listed[0] + " " + other + forms[random.nextInt(forms.length)]);
    }
    for (String name : queries) {
      ScreeningQuery query = new ScreeningQuery(name, EntityType.ORGANIZATION, null, Set.of(), List.of(), Set.of());
      for (double threshold : new double[] {0.7, 0.75, ScreeningDefaults.THRESHOLD}) {
        // the same names scored whichever way the kept names get their evidence
        int[] every = engine.candidates(query, threshold, ScreeningEngine.EVERY_POSTING, ScreeningEngine.BY_COST);
        for (int evidence : new int[] {ScreeningEngine.BY_COST, ScreeningEngine.FROM_OWN_PARTS,
            ScreeningEngine.FROM_POSTINGS}) {
          assertThat(engine.candidates(query, threshold, ScreeningEngine.INDEXED, evidence)).as("%s at %s", name,
              threshold).isEqualTo(every);
        }
        if (synonymQueries.contains(name)) {
          continue;
        }
        List<Match> exhaustive = engine.screenExhaustively(query, threshold, Integer.MAX_VALUE);
        assertThat(engine.screen(query, threshold, Integer.MAX_VALUE)).as("%s at %s", name, threshold)
            .isEqualTo(exhaustive);
        for (Match match : exhaustive) {
          weak += match.explanation().weakAlias() ? 1 : 0;
          conflicting += match.explanation().tokens().stream()
              .anyMatch(t -> t.how().equals(MatchKind.LEGAL_FORM_CONFLICT.value())) ? 1 : 0;
        }
      }
    }
    // both kinds of names among the matches, not only names that need no more
    assertThat(conflicting).isGreaterThan(50);
    assertThat(weak).isGreaterThan(500);
  }

  @Test
  void boundedCandidateGenerationHoldsForInitialsAndLongQueries() {
    // names written with initials (listed initials get cover bits of their own), queries with
    // initials (pairable only with a part of their letter) and queries of more than eight parts
    // (the last cover bit stands for the rest)
    List<String> given = variants(120, 6);
    List<String> family = variants(120, 7);
    Random random = new Random(11);
    List<WatchlistEntity> list = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder name = new StringBuilder();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        name.append(random.nextInt(3) == 0 ? (char) ('A' + random.nextInt(26)) + ". "
            : given.get(random.nextInt(given.size())) + " ");
      }
      name.append(family.get(random.nextInt(family.size())));
      list.add(Fixtures.person("t", "p" + i, name.toString()).build());
    }
    ScreeningEngine engine = ScreeningEngine.build(list);
    int hits = 0;
    for (int q = 0; q < 150; q++) {
      StringBuilder name = new StringBuilder();
      int parts = q % 3 == 0 ? 9 + random.nextInt(4) : 2 + random.nextInt(3);
      for (int k = 1; k < parts; k++) {
        name.append(random.nextInt(4) == 0 ? (char) ('A' + random.nextInt(26)) + " "
            : given.get(random.nextInt(given.size())) + " ");
      }
      name.append(family.get(random.nextInt(family.size())));
      ScreeningQuery query = ScreeningQuery.name(name.toString());
      assertThat(engine.candidates(query, ScreeningDefaults.THRESHOLD, false)).as(name.toString())
          .isEqualTo(engine.candidates(query, ScreeningDefaults.THRESHOLD, true));
      List<Match> every = engine.screenReadingEveryPosting(query, ScreeningDefaults.THRESHOLD, Integer.MAX_VALUE);
      hits += every.size();
      assertThat(engine.screen(query, ScreeningDefaults.THRESHOLD, Integer.MAX_VALUE)).as(name.toString()).isEqualTo(every);
    }
    assertThat(hits).isGreaterThan(100);
  }

  @Test
  void boundedCandidateGenerationGivesWhatReadingEveryPostingGives() {
    // crowded: a few hundred variants of real parts, names of one to four parts (short names are
    // the ones a partial match keeps), organisations with generic words
    List<String> given = variants(150, 6);
    List<String> family = variants(150, 7);
    List<String> words = List.of("trading", "company", "industries", "holding", "international", "bank", "group");
    Random random = new Random(8);
    List<WatchlistEntity> list = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      if (random.nextInt(5) == 0) {
        String name = family.get(random.nextInt(family.size())) + " " + words.get(random.nextInt(words.size()))
            + (random.nextBoolean() ? " " + words.get(random.nextInt(words.size())) : "") + " LLC";
        list.add(Fixtures.organization("t", "o" + i, name).build());
        continue;
      }
      StringBuilder name = new StringBuilder(given.get(random.nextInt(given.size())));
      for (int k = random.nextInt(4); k > 0; k--) {
        name.append(' ').append(k == 1 ? family.get(random.nextInt(family.size())) : given.get(random.nextInt(given.size())));
      }
      list.add(Fixtures.person("t", "p" + i, name.toString()).build());
    }
    ScreeningEngine engine = ScreeningEngine.build(list);
    int hits = 0;
    for (int q = 0; q < 200; q++) {
      StringBuilder name = new StringBuilder(given.get(random.nextInt(given.size())));
      for (int k = random.nextInt(5); k > 0; k--) {
        name.append(' ').append(random.nextInt(4) == 0 ? words.get(random.nextInt(words.size()))
            : random.nextBoolean() ? family.get(random.nextInt(family.size())) : given.get(random.nextInt(given.size())));
      }
      ScreeningQuery query = ScreeningQuery.name(name.toString());
      // the same names scored, in the same order (the candidates, not only the matches)
      assertThat(engine.candidates(query, ScreeningDefaults.THRESHOLD, false)).as(name.toString())
          .isEqualTo(engine.candidates(query, ScreeningDefaults.THRESHOLD, true));
      List<Match> every = engine.screenReadingEveryPosting(query, ScreeningDefaults.THRESHOLD, Integer.MAX_VALUE);
      hits += every.size();
      assertThat(engine.screen(query, ScreeningDefaults.THRESHOLD, Integer.MAX_VALUE)).as(name.toString()).isEqualTo(every);
      assertThat(engine.screen(query, ScreeningDefaults.THRESHOLD, 10))
          .isEqualTo(engine.screenReadingEveryPosting(query, ScreeningDefaults.THRESHOLD, 10));
    }
    assertThat(hits).isGreaterThan(1000);
  }
}
