package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.EntityType;
import io.tillid.screening.internal.lists.WatchlistEntity;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * The screening benchmark: in one JVM and on the same data, the engine next to a brute-force
 * Jaro-Winkler scan (Apache Commons Text), an exhaustive scan with the engine's own scorer (what
 * the index may miss) and a Lucene fuzzy index, at list scale (every list in the shared data) and
 * at synthetic scale. Prints p50/p99 latency, batch throughput, build time, heap per name, bytes
 * allocated per query, speed-up and recall against brute force. Command in docs/benchmarks.md.
 *
 * <p>Arguments: {@code --data DIR} (default {@code ../shared/data}), {@code --synthetic N[,N...]}
 * (default 2000000; 0 for none), {@code --queries N} (default 1000), {@code --brute N} (queries
 * checked against brute force at list scale, default 300), {@code --brute-large N} (at synthetic
 * scale, default 30), {@code --threads N} (batch, default 2), {@code --lucene no} (skip Lucene),
 * {@code --list-scale no} (only the synthetic scale, to iterate faster).
 */
public final class ScreeningBenchmark {

  static final double THRESHOLD = ScreeningDefaults.THRESHOLD;

  private final PrintStream out;
  private final int threads;
  private final int bruteQueries;
  private final boolean lucene;

  ScreeningBenchmark(PrintStream out, int threads, int bruteQueries, boolean lucene) {
    this.out = out;
    this.lucene = lucene;
    this.threads = threads;
    this.bruteQueries = bruteQueries;
  }

  public static void main(String[] args) throws Exception {
    Path data = Path.of(option(args, "--data", "../shared/data"));
    int queryCount = Integer.parseInt(option(args, "--queries", "1000"));
    int threads = Integer.parseInt(option(args, "--threads", "2"));
    PrintStream out = System.out;
    boolean lucene = !option(args, "--lucene", "yes").equals("no");
    out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    List<WatchlistEntity> real = BenchmarkCorpus.realLists(data);
    List<String> rigour = NameMatchingEvaluation.csv("rigour_sample_names.csv").stream().map(r -> r.get(0)).toList();
    if (!option(args, "--list-scale", "yes").equals("no")) {
      new ScreeningBenchmark(out, threads, Integer.parseInt(option(args, "--brute", "300")), lucene)
          .run("list scale (all lists in shared/data)", real, queries(rigour, real, queryCount, 1));
    }
    for (String size : option(args, "--synthetic", "2000000").split(",")) {
      int n = Integer.parseInt(size.strip());
      if (n > 0) {
        List<WatchlistEntity> synthetic = BenchmarkCorpus.synthetic(real, n, 42);
        new ScreeningBenchmark(out, threads, Integer.parseInt(option(args, "--brute-large", "30")), lucene)
            .run(String.format(Locale.ROOT, "synthetic %,d names (parts of the real lists)", n), synthetic,
                queries(rigour, synthetic, queryCount, 2));
      }
    }
  }

  /** Real-world messy names (rigour's sample) and variants of listed names: reordered, a typo, a part dropped. */
  static List<String> queries(List<String> rigour, List<WatchlistEntity> list, int count, long seed) {
    Random random = new Random(seed);
    List<String> queries = new ArrayList<>(rigour.subList(0, Math.min(rigour.size(), count / 2)));
    while (queries.size() < count) {
      String name = list.get(random.nextInt(list.size())).primaryName();
      List<String> words = new ArrayList<>(Arrays.asList(name.split("[\\s,]+")));
      words.removeIf(String::isBlank);
      if (words.isEmpty()) {
        continue;
      }
      switch (random.nextInt(4)) {
        case 0 -> java.util.Collections.reverse(words);
        case 1 -> {
          int w = random.nextInt(words.size());
          String word = words.get(w);
          if (word.length() > 3) {
            int at = 1 + random.nextInt(word.length() - 2);
            words.set(w, word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1));
          }
        }
        case 2 -> {
          if (words.size() > 2) {
            words.remove(1);
          }
        }
        default -> { }
      }
      queries.add(String.join(" ", words));
    }
    return queries;
  }

  void run(String title, List<WatchlistEntity> entities, List<String> queryNames) throws IOException {
    out.println();
    out.println("## " + title);
    List<ScreeningQuery> queries = queryNames.stream().map(ScreeningQuery::name).toList();
    long heapBefore = usedHeap();
    long buildCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long start = System.nanoTime();
    ScreeningEngine engine = ScreeningEngine.build(entities);
    double buildSeconds = (System.nanoTime() - start) / 1e9;
    double buildCpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - buildCpu) / 1e9;
    long heapAfter = usedHeap();
    int names = engine.names();
    out.printf(Locale.ROOT, "entities %,d, names %,d, queries %,d%n", engine.entities(), names, queries.size());
    double rebuildSeconds = Double.NaN;
    if (names < 500_000) {
      start = System.nanoTime();
      ScreeningEngine.build(entities);
      rebuildSeconds = (System.nanoTime() - start) / 1e9;
    }
    out.printf(Locale.ROOT, "engine build: %.2f s, %.2f s CPU (again, warm: %.2f s); heap of the index %.0f"
        + " bytes/name measured (%.0f estimated); entities not counted%n", buildSeconds, buildCpuSeconds, rebuildSeconds,
        (double) (heapAfter - heapBefore) / names, (double) engine.indexBytes() / names);

    for (ScreeningQuery query : queries) {
      engine.screen(query, THRESHOLD, 10);
    }
    long[] nanos = new long[queries.size()];
    long[] cpuNanos = new long[queries.size()];
    com.sun.management.ThreadMXBean threadBean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocatedBefore = threadBean.getThreadAllocatedBytes(Thread.currentThread().getId());
    long hits = 0;
    for (int i = 0; i < queries.size(); i++) {
      long cpu = threadBean.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      hits += engine.screen(queries.get(i), THRESHOLD, 10).size();
      nanos[i] = System.nanoTime() - t;
      cpuNanos[i] = threadBean.getCurrentThreadCpuTime() - cpu;
    }
    long allocated = threadBean.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocatedBefore;
    out.printf(Locale.ROOT, "engine single query, CPU time of the query's thread (what the shared machine's"
        + " other load does not inflate): p50 %.3f ms, p99 %.3f ms, mean %.3f ms%n", percentile(cpuNanos, 50),
        percentile(cpuNanos, 99), mean(cpuNanos) / 1e6);
    double engineMean = mean(nanos);
    out.printf(Locale.ROOT, "engine single query: p50 %.3f ms, p99 %.3f ms, mean %.3f ms, max %.3f ms;"
        + " %.0f bytes allocated per query; %.2f matches per query%n", percentile(nanos, 50), percentile(nanos, 99),
        engineMean / 1e6, Arrays.stream(nanos).max().orElse(0) / 1e6, (double) allocated / queries.size(),
        (double) hits / queries.size());
    // the baseline without the bound (every posting into the evidence), same process, before and after (the load varies)
    // three runs of 5 s, the median reported with all three: this shared machine's speed dips for
    // seconds at a time, and one run may fall into a dip
    double[] everyBefore = batch(engine::screenReadingEveryPosting, queries);
    double[][] runs = {batch(engine::screen, queries), batch(engine::screen, queries), batch(engine::screen, queries)};
    double[] everyAfter = batch(engine::screenReadingEveryPosting, queries);
    double[][] byWall = runs.clone();
    Arrays.sort(byWall, (a, b) -> Double.compare(a[0], b[0]));
    double[] batch = byWall[1];
    out.printf(Locale.ROOT, "engine batch (%d threads, median of 3 runs of 5 s): %,.0f names/s on the wall clock; %,.0f"
        + " names per CPU-second (x %d cores = %,.0f names/s on an unshared machine); runs: %,.0f, %,.0f and %,.0f"
        + " names/s%n", threads, batch[0], batch[1], threads, batch[1] * threads, runs[0][0], runs[1][0], runs[2][0]);
    double every = (everyBefore[1] + everyAfter[1]) / 2;
    out.printf(Locale.ROOT, "  reading every posting (no bound, same process, before and after): %,.0f and %,.0f"
        + " names per CPU-second; bounded %.2fx that%n", everyBefore[1], everyAfter[1], batch[1] / every);
    int differing = 0;
    for (ScreeningQuery query : queries) {
      if (!engine.screen(query, THRESHOLD, 10).equals(engine.screenReadingEveryPosting(query, THRESHOLD, 10))) {
        differing++;
      }
    }
    out.printf(Locale.ROOT, "  queries whose matches differ from reading every posting: %d of %d%n", differing,
        queries.size());

    // spread over all queries: the first half are rigour's messy names, the second variants of listed names
    List<ScreeningQuery> checked = new ArrayList<>();
    int stride = Math.max(1, queries.size() / Math.max(1, bruteQueries));
    for (int i = 0; i < queries.size() && checked.size() < bruteQueries; i += stride) {
      checked.add(queries.get(i));
    }
    bruteForce(engine, entities, checked, engineMean);
    if (lucene) {
      lucene(engine, entities, queries, checked);
    }
  }

  /** Names per second on the wall clock, and per CPU-second of the screening threads. */
  /** One way to screen a query (threshold, limit). */
  private interface Screener {
    List<Match> screen(ScreeningQuery query, double threshold, int limit);
  }

  private double[] batch(Screener engine, List<ScreeningQuery> queries) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicLong done = new AtomicLong();
      AtomicLong cpu = new AtomicLong();
      long start = System.nanoTime();
      long until = start + 5_000_000_000L;
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
          int i = offset;
          while (System.nanoTime() < until) {
            engine.screen(queries.get(i % queries.size()), THRESHOLD, 10);
            done.incrementAndGet();
            i += threads;
          }
          cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
      return new double[] {done.get() / ((System.nanoTime() - start) / 1e9), done.get() / (cpu.get() / 1e9)};
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      pool.shutdown();
    }
  }

  /** Brute force: Commons Text Jaro-Winkler over every normalised name, and the engine's scorer over every name. */
  private void bruteForce(ScreeningEngine engine, List<WatchlistEntity> entities, List<ScreeningQuery> checked,
      double engineMean) {
    NameNormalizer normalizer = new NameNormalizer(ReferenceData.standard());
    List<String> normalized = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    for (WatchlistEntity entity : entities) {
      for (var name : entity.names()) {
        List<String> tokens = normalizer.tokens(name.value(), entity.type());
        if (!tokens.isEmpty()) {
          normalized.add(String.join(" ", tokens));
          owners.add(entity.source() + "/" + entity.entityId());
        }
      }
    }
    JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
    long jwNanos = 0;
    long exhaustiveNanos = 0;
    long exhaustiveHits = 0;
    long exhaustiveFound = 0;
    long jwHits = 0;
    long jwFound = 0;
    for (ScreeningQuery query : checked) {
      String q = String.join(" ", normalizer.tokens(query.name(), EntityType.UNKNOWN));
      long t = System.nanoTime();
      Set<String> jw = new HashSet<>();
      for (int i = 0; i < normalized.size(); i++) {
        if (jaroWinkler.apply(q, normalized.get(i)) >= THRESHOLD) {
          jw.add(owners.get(i));
        }
      }
      jwNanos += System.nanoTime() - t;
      t = System.nanoTime();
      Set<String> exhaustive = ids(engine.screenExhaustively(query, THRESHOLD, Integer.MAX_VALUE));
      exhaustiveNanos += System.nanoTime() - t;
      Set<String> found = ids(engine.screen(query, THRESHOLD, Integer.MAX_VALUE));
      exhaustiveHits += exhaustive.size();
      exhaustiveFound += exhaustive.stream().filter(found::contains).count();
      jwHits += jw.size();
      jwFound += jw.stream().filter(found::contains).count();
    }
    double jwMean = (double) jwNanos / checked.size();
    double exhaustiveMean = (double) exhaustiveNanos / checked.size();
    out.printf(Locale.ROOT, "brute force, Commons Text Jaro-Winkler over whole names (%d queries): mean %.1f ms;"
        + " engine %.0fx faster; %,d hits >= %.3f, of which the engine returns %.1f%%%n", checked.size(), jwMean / 1e6,
        jwMean / engineMean, jwHits, THRESHOLD, jwHits == 0 ? 100.0 : 100.0 * jwFound / jwHits);
    out.printf(Locale.ROOT, "brute force, the engine's own scorer over every name (%d queries): mean %.1f ms;"
        + " engine %.0fx faster; %,d hits, of which the engine returns %.2f%% (recall of the index)%n",
        checked.size(), exhaustiveMean / 1e6, exhaustiveMean / engineMean, exhaustiveHits,
        exhaustiveHits == 0 ? 100.0 : 100.0 * exhaustiveFound / exhaustiveHits);
  }

  private void lucene(ScreeningEngine engine, List<WatchlistEntity> entities, List<ScreeningQuery> queries,
      List<ScreeningQuery> checked) throws IOException {
    long start = System.nanoTime();
    try (LuceneBaseline lucene = LuceneBaseline.build(entities)) {
      double build = (System.nanoTime() - start) / 1e9;
      for (ScreeningQuery query : queries) {
        lucene.search(query.name(), 100);
      }
      long[] nanos = new long[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        long t = System.nanoTime();
        lucene.search(queries.get(i).name(), 100);
        nanos[i] = System.nanoTime() - t;
      }
      long hits = 0;
      long found = 0;
      for (ScreeningQuery query : checked) {
        Set<String> exhaustive = ids(engine.screenExhaustively(query, THRESHOLD, Integer.MAX_VALUE));
        Set<String> top = new HashSet<>(lucene.search(query.name(), 100));
        hits += exhaustive.size();
        found += exhaustive.stream().filter(top::contains).count();
      }
      out.printf(Locale.ROOT, "Lucene fuzzy index (FuzzyQuery per part, top 100): build %.2f s; p50 %.3f ms,"
          + " p99 %.3f ms; returns %.1f%% of the brute-force hits%n", build, percentile(nanos, 50),
          percentile(nanos, 99), hits == 0 ? 100.0 : 100.0 * found / hits);
    }
  }

  private static Set<String> ids(List<Match> matches) {
    Set<String> ids = new HashSet<>();
    for (Match match : matches) {
      ids.add(match.entity().source() + "/" + match.entity().entityId());
    }
    return ids;
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double percentile(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static double mean(long[] nanos) {
    return Arrays.stream(nanos).average().orElse(0);
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
