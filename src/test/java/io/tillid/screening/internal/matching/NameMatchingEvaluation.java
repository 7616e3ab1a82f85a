package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.EntityName;
import io.tillid.screening.internal.lists.EntityType;
import io.tillid.screening.internal.lists.WatchlistEntity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name-matching evaluation over the labelled data in {@code src/test/resources/screening/eval}
 * (see SOURCES.md there): nomenklatura's name pairs (precision, recall, F1), the Putin variants,
 * watchman's cross-script pairs and the OFAC search tool's scores (correlation). Deterministic,
 * so {@link NameMatchingEvaluationTest} holds the quality floors; run it for the full report:
 *
 * <pre>./mvnw -B -q -Pscreening-evaluation test-compile exec:exec@screening-evaluation</pre>
 */
public final class NameMatchingEvaluation {

  /** The threshold the evaluation judges a match by (also the API's default). */
  static final double THRESHOLD = ScreeningDefaults.THRESHOLD;

  record PairCase(String group, EntityType type, String name1, String name2, boolean match) {}

  record Confusion(int tp, int fp, int tn, int fn) {
    double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  record CrossScript(String query, String expected, double score, double watchmanMin) {}

  record Report(Confusion pairs, List<String> errors, int putinVariants, int putinMatched, List<String> putinMissed,
      double putinAllPairs, List<CrossScript> crossScript, double ofacCorrelation, int ofacRows) {}

  public static void main(String[] args) {
    print(run(), System.out);
  }

  static Report run() {
    List<PairCase> cases = pairCases();
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    List<String> errors = new ArrayList<>();
    double[] scores = new double[cases.size()];
    for (PairCase c : cases) {
      double score = score(c.name1(), c.name2(), c.type());
      scores[cases.indexOf(c)] = score;
      boolean predicted = score >= THRESHOLD;
      if (predicted && c.match()) {
        tp++;
      } else if (predicted) {
        fp++;
        errors.add(String.format(Locale.ROOT, "FP %.3f %s | %s | %s", score, c.group(), c.name1(), c.name2()));
      } else if (c.match()) {
        fn++;
        errors.add(String.format(Locale.ROOT, "FN %.3f %s | %s | %s", score, c.group(), c.name1(), c.name2()));
      } else {
        tn++;
      }
    }
    StringBuilder sweep = new StringBuilder();
    for (double t = 0.70; t < 0.951; t += 0.025) {
      int[] c = new int[4];
      for (int k = 0; k < cases.size(); k++) {
        boolean predicted = scores[k] >= t;
        c[(predicted ? 0 : 2) + (predicted == cases.get(k).match() ? 0 : 1)]++;
      }
      sweep.append(String.format(Locale.ROOT, " %.3f:F1=%.3f", t, new Confusion(c[0], c[1], c[2], c[3]).f1()));
    }
    errors.add("threshold sweep" + sweep);
    List<String> putin = lines("nomenklatura_putin_name_variants.txt");
    List<String> missed = new ArrayList<>();
    for (String variant : putin) {
      if (score(variant, "Vladimir Putin", EntityType.PERSON) < THRESHOLD) {
        missed.add(variant);
      }
    }
    ScreeningEngine all = ScreeningEngine.build(putin.stream()
        .map(v -> entity("p" + putin.indexOf(v), v, EntityType.PERSON)).toList());
    long pairsMatched = 0;
    for (String variant : putin) {
      pairsMatched += all.screen(ScreeningQuery.name(variant), THRESHOLD, putin.size()).size();
    }
    List<CrossScript> cross = new ArrayList<>();
    for (String line : lines("watchman_cross_script_pairs.csv")) {
      String[] fields = line.split(",", -1);
      cross.add(new CrossScript(fields[0], fields[1], score(fields[0], fields[1], EntityType.PERSON),
          Double.parseDouble(fields[2])));
    }
    List<double[]> ofac = new ArrayList<>();
    for (List<String> row : csv("nomenklatura_ofac_search_tool_scores.csv")) {
      ofac.add(new double[] {score(row.get(0), row.get(1), EntityType.UNKNOWN), Double.parseDouble(row.get(2)) / 100});
    }
    return new Report(new Confusion(tp, fp, tn, fn), errors, putin.size(), putin.size() - missed.size(), missed,
        (double) pairsMatched / ((long) putin.size() * putin.size()), cross, pearson(ofac), ofac.size());
  }

  static void print(Report r, PrintStream out) {
    out.printf(Locale.ROOT, "nomenklatura name pairs at threshold %.3f: precision %.3f recall %.3f F1 %.3f"
        + " (TP %d FP %d TN %d FN %d)%n", THRESHOLD, r.pairs().precision(), r.pairs().recall(), r.pairs().f1(),
        r.pairs().tp(), r.pairs().fp(), r.pairs().tn(), r.pairs().fn());
    r.errors().forEach(e -> out.println("  " + e));
    out.printf(Locale.ROOT, "Putin variants matching 'Vladimir Putin': %d of %d; all variant pairs matching: %.1f%%%n",
        r.putinMatched(), r.putinVariants(), 100 * r.putinAllPairs());
    r.putinMissed().forEach(m -> out.println("  missed: " + m));
    long crossOk = r.crossScript().stream().filter(c -> c.score() >= THRESHOLD).count();
    out.printf(Locale.ROOT, "watchman cross-script pairs matched at %.3f: %d of %d%n", THRESHOLD, crossOk,
        r.crossScript().size());
    r.crossScript().forEach(c -> out.printf(Locale.ROOT, "  %.3f (watchman min %.2f) %s | %s%n", c.score(),
        c.watchmanMin(), c.query(), c.expected()));
    out.printf(Locale.ROOT, "OFAC search tool scores: Pearson correlation %.3f over %d pairs%n", r.ofacCorrelation(),
        r.ofacRows());
  }

  /** The engine's score of name1 against a list holding only name2 (0 when it does not match at all). */
  static double score(String query, String listed, EntityType type) {
    ScreeningEngine engine = ScreeningEngine.build(List.of(entity("x", listed, type)));
    List<Match> matches = engine.screen(new ScreeningQuery(query, type == EntityType.UNKNOWN ? null : type, null,
        Set.of(), List.of(), Set.of()), 0.0, 1);
    return matches.isEmpty() ? 0 : matches.get(0).score();
  }

  static WatchlistEntity entity(String id, String name, EntityType type) {
    return new WatchlistEntity("eval", id, type, List.of(new EntityName(name, false)), List.of(), Set.of(), List.of(),
        Set.of());
  }

  static List<PairCase> pairCases() {
    List<PairCase> cases = new ArrayList<>();
    for (List<String> row : csv("nomenklatura_name_bench_cases.csv")) {
      EntityType type = switch (row.get(1)) {
        case "Person" -> EntityType.PERSON;
        case "Vessel" -> EntityType.VESSEL;
        default -> EntityType.ORGANIZATION;
      };
      cases.add(new PairCase(row.get(0), type, row.get(2), row.get(3), Boolean.parseBoolean(row.get(4))));
    }
    return cases;
  }

  /** Both names of every nomenklatura pair, in the file's order. */
  static List<String> pairNames() {
    List<String> names = new ArrayList<>();
    for (PairCase pair : pairCases()) {
      names.add(pair.name1());
      names.add(pair.name2());
    }
    return names;
  }

  /** Every name of the evaluation sets: the Putin variants, both names of each nomenklatura pair, rigour's sample. */
  static List<String> allNames() {
    List<String> names = new ArrayList<>(lines("nomenklatura_putin_name_variants.txt"));
    names.addAll(pairNames());
    csv("rigour_sample_names.csv").forEach(row -> names.add(row.get(0)));
    return names;
  }

  private static double pearson(List<double[]> xy) {
    double n = xy.size();
    double sx = 0;
    double sy = 0;
    for (double[] p : xy) {
      sx += p[0];
      sy += p[1];
    }
    double mx = sx / n;
    double my = sy / n;
    double cov = 0;
    double vx = 0;
    double vy = 0;
    for (double[] p : xy) {
      cov += (p[0] - mx) * (p[1] - my);
      vx += (p[0] - mx) * (p[0] - mx);
      vy += (p[1] - my) * (p[1] - my);
    }
    return cov / Math.sqrt(vx * vy);
  }

  static List<String> lines(String file) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = open(file)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** Rows of a CSV file with a header (skipped), RFC 4180 quoting. */
  static List<List<String>> csv(String file) {
    try (BufferedReader reader = open(file)) {
      StringBuilder text = new StringBuilder();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        text.append(line).append('\n');
      }
      List<List<String>> rows = BenchmarkCorpus.Csv.parse(text.toString(), ',');
      return rows.subList(1, rows.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader open(String file) {
    InputStream in = NameMatchingEvaluation.class.getResourceAsStream("/screening/eval/" + file);
    if (in == null) {
      throw new IllegalStateException("missing evaluation file " + file);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private NameMatchingEvaluation() {}
}
