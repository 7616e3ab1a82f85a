package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.EntityName;
import io.tillid.screening.internal.lists.EntityType;
import io.tillid.screening.internal.lists.Identifier;
import io.tillid.screening.internal.lists.WatchlistEntity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The matching engine over one set of list entities: finds the entities whose names (and birth
 * dates, countries, identifiers, type) match a query, scored 0 to 1 and explained.
 *
 * <p>Immutable once built and safe for concurrent queries; build a new one from a new list version
 * (see {@link #build}). Deterministic: the same entities and query give the same matches in the
 * same order (ties by entity id, then source).
 */
public final class ScreeningEngine {

  /** A weak alias (OFAC weak a.k.a., UN low-quality alias) counts for this share of its score. */
  static final double WEAK_ALIAS = 0.92;
  /** Names of organisations of different legal kinds (a JSC, an LLC) lose this much. */
  static final double LEGAL_FORM_CONFLICT = 0.2;
  /**
   * Listed characters left unpaired that the estimate takes for agreeing (the omission weight): one
   * initial left over in a name written with initials (N. S. John for John Smith) does not disagree.
   */
  private static final int LIST_LEFT_AGREEING = 1;
  /** In a name's evidence beside the query bits: a listed initial is paired (the name is written with initials). */
  private static final int LISTED_INITIAL = 1 << 31;
  /** Candidates whose estimated score is this far below the threshold are not scored. */
  static final double ESTIMATE_MARGIN = 0.15;
  /**
   * What gathering a kept name's evidence from its parts costs against reading one posting (about,
   * measured): below this many postings per kept name the evidence comes from the names' parts.
   */
  private static final long ACCUMULATE_COST = 40;

  private static final List<EvidenceRule> RULES =
      List.of(new TypeRule(), new BirthDateRule(), new CountryRule(), new IdentifierRule());

  private final ReferenceData data;
  private final NameNormalizer normalizer;
  private final NameAligner aligner;
  private final WatchlistEntity[] entities;
  private final NameIndex index;
  /** Which of an entity's names a name is. */
  private final int[] nameOrdinal;
  /**
   * Per name, what scoring asks of it besides its parts ({@link #ORGANISATION}, {@link #WEAK}): one
   * byte beside the name instead of a walk to its entity for every candidate scored.
   */
  private final byte[] nameFlags;
  private static final byte ORGANISATION = 1;
  private static final byte WEAK = 2;
  /** The name as listed is in Han, Hangul or kana (it has a {@link SameScript#key}). */
  private static final byte SAME_SCRIPT = 4;
  /** Per name, the index in legalForms of its legal form's kind, -1 for none. */
  private final short[] nameLegalForm;
  private final List<String> legalForms;
  private final String[] sourceNames;
  private final int[] entitySource;
  private final Map<String, int[]> byIdentifier;
  private final ThreadLocal<QueryScratch> scratch;

  private ScreeningEngine(ReferenceData data, List<WatchlistEntity> entities) {
    this.data = data;
    this.normalizer = new NameNormalizer(data);
    this.aligner = new NameAligner();
    this.entities = entities.toArray(new WatchlistEntity[0]);
    NameIndex.Builder builder = new NameIndex.Builder(data);
    int[] ordinals = new int[1024];
    short[] forms = new short[1024];
    Map<String, Short> formIds = new HashMap<>();
    List<String> formList = new ArrayList<>();
    byte[] flags = new byte[1024];
    Map<String, Integer> sources = new HashMap<>();
    List<String> sourceList = new ArrayList<>();
    this.entitySource = new int[this.entities.length];
    Map<String, List<Integer>> identifiers = new HashMap<>();
    for (int e = 0; e < this.entities.length; e++) {
      WatchlistEntity entity = this.entities[e];
      Integer source = sources.get(entity.source());
      if (source == null) {
        source = sourceList.size();
        sources.put(entity.source(), source);
        sourceList.add(entity.source());
      }
      entitySource[e] = source;
      List<EntityName> names = entity.names();
      for (int k = 0; k < names.size(); k++) {
        for (String alternative : NameNormalizer.alternatives(names.get(k).value())) {
          NameNormalizer.Normalized normalized = normalizer.normalize(alternative, entity.type());
          int name = builder.add(e, normalized.tokens(), normalized.loanwords());
          if (name >= 0) {
            if (name >= ordinals.length) {
              ordinals = Arrays.copyOf(ordinals, ordinals.length * 2);
              forms = Arrays.copyOf(forms, ordinals.length);
              flags = Arrays.copyOf(flags, ordinals.length);
            }
            ordinals[name] = k;
            forms[name] = formId(normalized.legalForm(), formIds, formList);
            flags[name] = (byte) ((organisation(entity.type()) ? ORGANISATION : 0) | (names.get(k).weak() ? WEAK : 0)
                | (SameScript.key(names.get(k).value()) != null ? SAME_SCRIPT : 0));
          }
        }
      }
      for (Identifier identifier : entity.identifiers()) {
        String key = IdentifierRule.normalize(identifier.value());
        if (!key.isEmpty()) {
          identifiers.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
      }
    }
    this.index = builder.build();
    this.nameOrdinal = Arrays.copyOf(ordinals, index.names());
    this.nameFlags = Arrays.copyOf(flags, index.names());
    this.nameLegalForm = Arrays.copyOf(forms, index.names());
    this.legalForms = List.copyOf(formList);
    this.sourceNames = sourceList.toArray(new String[0]);
    Map<String, int[]> byId = new HashMap<>();
    identifiers.forEach((key, list) -> byId.put(key, list.stream().mapToInt(Integer::intValue).distinct().toArray()));
    this.byIdentifier = byId;
    int count = this.entities.length;
    this.scratch = ThreadLocal.withInitial(() -> new QueryScratch(index.nameChars, count));
  }

  private static short formId(String form, Map<String, Short> ids, List<String> forms) {
    if (form == null) {
      return -1;
    }
    Short id = ids.get(form);
    if (id == null && forms.size() < Short.MAX_VALUE) {
      id = (short) forms.size();
      ids.put(form, id);
      forms.add(form);
    }
    return id == null ? -1 : id;
  }

  /** Builds the engine over these entities (in this order; the order does not change results). */
  public static ScreeningEngine build(Collection<WatchlistEntity> entities) {
    return new ScreeningEngine(ReferenceData.standard(), List.copyOf(entities));
  }

  /** Number of indexed names (every name of every entity). */
  public int names() {
    return index.names();
  }

  public int entities() {
    return entities.length;
  }

  /** Approximate heap of the index itself, without the entities it refers to. */
  public long indexBytes() {
    return index.bytes() + 4L * nameOrdinal.length + 4L * entitySource.length + nameFlags.length;
  }

  /** The query's name as the parts it is compared by; empty when nothing in it can be matched. */
  public List<String> normalize(ScreeningQuery query) {
    return normalized(query).tokens();
  }

  /** The query's name as parts: its words written together apart first (queries only, see there). */
  private NameNormalizer.Normalized normalized(ScreeningQuery query) {
    return normalizer.normalize(NameNormalizer.apartAtCapitals(query.name(), query.type() == EntityType.PERSON),
        query.type() == null ? EntityType.UNKNOWN : query.type());
  }

  /**
   * The entities matching the query with a score of at least {@code threshold}, best first, at
   * most {@code limit}.
   */
  public List<Match> screen(ScreeningQuery query, double threshold, int limit) {
    return screen(query, threshold, limit, INDEXED);
  }

  /** How a query finds its candidates. */
  static final int INDEXED = 0;
  static final int EVERY_POSTING = 1;
  private static final int EXHAUSTIVE = 2;

  /**
   * The same screening reading every posting of every similar part into the name's evidence (no
   * bound): the same results, slower. Only the benchmark and the tests use it, as the baseline
   * the pruning is measured and checked against.
   */
  List<Match> screenReadingEveryPosting(ScreeningQuery query, double threshold, int limit) {
    return screen(query, threshold, limit, EVERY_POSTING);
  }

  /**
   * The same screening without the index: every name is scored. Only the benchmark and the tests
   * use it, to measure what candidate generation misses (recall against brute force).
   */
  List<Match> screenExhaustively(ScreeningQuery query, double threshold, int limit) {
    return screen(query, threshold, limit, EXHAUSTIVE);
  }

  /**
   * The names a query scores, in the order scored: bounded as {@link #screen} does it, or reading
   * every posting. Only the tests use it, to check the bound keeps every candidate.
   */
  int[] candidates(ScreeningQuery query, double threshold, boolean everyPosting) {
    return candidates(query, threshold, everyPosting ? EVERY_POSTING : INDEXED, BY_COST);
  }

  /** How the bounded gathering gives the kept names their evidence: by its cost, or always one way. */
  static final int BY_COST = 0;
  static final int FROM_OWN_PARTS = 1;
  static final int FROM_POSTINGS = 2;

  /**
   * The same, bounded ({@code mode} {@link #INDEXED}, the kept names' evidence as {@code evidence}
   * says) or reading every posting: only the tests ask for one way of giving evidence, to check
   * each gives the same candidates.
   */
  int[] candidates(ScreeningQuery query, double threshold, int mode, int evidence) {
    NameNormalizer.Normalized normalized = normalized(query);
    Token[] tokens = tokens(normalized);
    double nameThreshold = nameThreshold(query, threshold);
    QueryScratch s = scratch.get();
    int epoch = s.begin(tokens.length);
    gather(tokens, s, epoch, nameThreshold, mode == INDEXED, evidence);
    return select(query, tokens, queryForm(normalized), s, nameThreshold, allowedSources(query));
  }

  /** The query's parts as compared. */
  private Token[] tokens(NameNormalizer.Normalized normalized) {
    List<String> parts = normalized.tokens();
    Token[] tokens = new Token[parts.size()];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = Token.of(parts.get(i), data, normalized.loanword(i));
    }
    return tokens;
  }

  /** The score a name needs: the threshold less the most the query's other evidence may add. */
  private static double nameThreshold(ScreeningQuery query, double threshold) {
    double bonus = 0;
    for (EvidenceRule rule : RULES) {
      bonus += rule.maxBonus(query);
    }
    return Math.max(0.05, threshold - bonus);
  }

  private List<Match> screen(ScreeningQuery query, double threshold, int limit, int mode) {
    NameNormalizer.Normalized normalized = normalized(query);
    if (normalized.tokens().isEmpty() || limit <= 0) {
      return List.of();
    }
    int queryForm = queryForm(normalized);
    Token[] tokens = tokens(normalized);
    double nameThreshold = nameThreshold(query, threshold);
    boolean[] allowed = allowedSources(query);
    QueryScratch s = scratch.get();
    int epoch = s.begin(tokens.length);
    s.scriptKey = SameScript.key(query.name());
    int[] candidates;
    if (mode == EXHAUSTIVE) {
      candidates = java.util.stream.IntStream.range(0, index.names())
          .filter(n -> allowed[entitySource[index.nameEntity[n]]]).toArray();
    } else {
      gather(tokens, s, epoch, nameThreshold, mode == INDEXED, BY_COST);
      candidates = select(query, tokens, queryForm, s, nameThreshold, allowed);
    }
    List<Integer> hits = new ArrayList<>();
    scoreAll(tokens, queryForm, candidates, nameThreshold, s, epoch, hits);
    for (String identifier : query.identifiers()) {
      int[] listed = byIdentifier.get(IdentifierRule.normalize(identifier));
      if (listed != null) {
        for (int entity : listed) {
          if (allowed[entitySource[entity]]) {
            offerAllNames(tokens, queryForm, s, epoch, entity, hits);
          }
        }
      }
    }
    return rank(query, tokens, normalized.legalForm(), queryForm, threshold, limit, s, hits);
  }

  /** Per source id, whether the query screens against it (all when it names none). */
  private boolean[] allowedSources(ScreeningQuery query) {
    boolean[] allowed = new boolean[sourceNames.length];
    for (int i = 0; i < sourceNames.length; i++) {
      allowed[i] = query.sources().isEmpty() || query.sources().contains(sourceNames[i]);
    }
    return allowed;
  }

  /**
   * Finds the names that could reach the cut of {@link #select} and accumulates, per name, which
   * query parts it has a similar part for (a bit each; a joined pair covers two), the pairs' length
   * weighted by similarity and the listed parts' length: each query part counted once, with the
   * most similar listed part it has (similar parts are ranked best first).
   *
   * <p>With {@code bounded} (and at most {@link QueryScratch#COVER_BITS} query parts), see
   * {@link #gatherBounded}: the same candidates with the same evidence, most names dropped after a
   * byte of work. Otherwise every posting adds its pair to the name's evidence.
   */
  private void gather(Token[] tokens, QueryScratch s, int epoch, double nameThreshold, boolean bounded,
      int evidence) {
    s.similarCount = 0;
    for (int i = 0; i < tokens.length; i++) {
      collectSimilar(tokens[i], 1 << i, 0, true, s);
    }
    for (int parts = 2; parts <= NameAligner.MOST_JOINED; parts++) {
      for (int i = 0; i + parts <= tokens.length; i++) {
        collectSimilar(Token.joined(tokens, i, parts), ((1 << parts) - 1) << i,
            NameAligner.JOINED_FLOOR / NameAligner.JOINED_FACTOR, false, s);
      }
    }
    // best pairs first, as the scorer pairs them: similarity descending, then in the order found
    Arrays.sort(s.similar, 0, s.similarCount);
    int count = s.similarCount;
    s.ensureRanks(count);
    for (int r = 0; r < count; r++) {
      int entry = (int) s.similar[r];
      int t = s.similarToken[entry];
      s.rankToken[r] = t;
      s.rankBits[r] = s.similarBits[entry];
      s.rankListed[r] = index.vocabulary[t].length();
      // a listed initial paired with a whole part confirms one character of it, as the scorer counts it
      s.rankLength[r] = s.rankListed[r] == 1 ? 1 : s.similarLength[entry];
      s.rankSimilarity[r] = (float) (1 - (s.similar[r] >>> 32) / 1_000_000.0);
      s.byToken[r] = ((long) t << 32) | r;
    }
    Arrays.sort(s.byToken, 0, count);
    if (bounded) {
      gatherBounded(tokens, s, count, nameThreshold, evidence);
      return;
    }
    // every posting in rank order, each adding its pair to the name's evidence
    for (int r = 0; r < count; r++) {
      post(s, epoch, s.rankBits[r], s.rankToken[r], s.rankLength[r], s.rankListed[r], s.rankSimilarity[r]);
    }
  }

  /**
   * Two passes over the postings, exact. First the postings of the similar parts OR their cover
   * bits into the name's cover (a byte per name; see {@link #pseudoBits} for listed initials, and
   * {@link #coverBits} for queries of more than eight parts), the query parts with the fewest
   * postings first: a name is noted when first found only when short enough to reach the cut with
   * that part (at most as alike as the similar part it was found through), the later ones and
   * listed initials (postings run shortest name first). Then each
   * name found is bounded from its cover, its characters and, for query initials, its letters (see
   * {@link #reach}); only the names whose bound reaches the cut are kept and get their evidence,
   * the same as {@link #post} gives it: from their own parts in rank order when they are few
   * (random reads per name), else from the postings read again in rank order, adding only to the
   * kept names. The bound is at least the estimate, so every name whose estimate reaches the cut is
   * kept, with the same evidence.
   */
  private void gatherBounded(Token[] tokens, QueryScratch s, int count, double nameThreshold, int evidence) {
    double cut = nameThreshold - ESTIMATE_MARGIN;
    long total = 0;
    for (int r = 0; r < count; r++) {
      int t = s.rankToken[r];
      total += index.postingStart[t + 1] - index.postingStart[t];
    }
    s.ensureFound((int) Math.min(Integer.MAX_VALUE - 8, total));
    int pseudo = pseudoBits(tokens, s, count);
    s.coverDirty = true;
    s.notedChars = -1;
    // per query bit the longest listed part paired with it, shared among the bits of a joined run
    // (a name's pairs take each bit once, so their listed parts add up to at most the shares); the
    // best similarity
    float[] longest = s.longest;
    Arrays.fill(longest, 0, tokens.length, 0f);
    float similarity = 0;
    for (int r = 0; r < count; r++) {
      similarity = Math.max(similarity, s.rankSimilarity[r]);
      float share = s.rankListed[r] / Integer.bitCount(s.rankBits[r]);
      for (int bits = s.rankBits[r]; bits != 0; bits &= bits - 1) {
        int i = Integer.numberOfTrailingZeros(bits);
        longest[i] = Math.max(longest[i], share);
      }
    }
    float queryChars = queryChars(tokens, (1 << tokens.length) - 1);
    int initials = initials(tokens);
    int initialBits = listedInitialBits(s, count);
    // per cover, the most characters a name may have and still reach the cut (computed when met)
    int[] maxChars = s.maxChars;
    int parts = coverBits(tokens);
    Arrays.fill(maxChars, 0, 1 << (parts + pseudo), Integer.MIN_VALUE);
    float best = similarity;
    Bound bound = cover -> {
      if (maxChars[cover] == Integer.MIN_VALUE) {
        maxChars[cover] = reach(tokens, queryChars, initials, cover, s.pseudoParts, longest, best, cut,
            agreeing(cover, initialBits));
      }
      return maxChars[cover];
    };
    // The query parts in the order of their postings, fewest first (then listed initials, their
    // own bits). A name first found through a part covers at most that part, the later ones and the
    // initials, so it is noted only when short enough to reach the cut with the best such cover
    // (postings run shortest name first); later, it only gets the bits of parts found in it.
    int[] order = partsByPostings(s, count, parts);
    int[] position = s.partPosition;
    int[] upTo = s.partReach;
    int later = ((1 << (parts + pseudo)) - 1) & ~((1 << parts) - 1);
    upTo[parts] = reachWithin(later, bound);
    for (int j = parts - 1; j >= 0; j--) {
      position[order[j]] = j;
      later |= 1 << order[j];
      upTo[j] = reachWithin(later, bound);
    }
    // A name first found through rank r of part j pairs part j at most as alike as r (the ranks of
    // the part run most alike first, those of earlier parts did not find it), the later parts at
    // most as alike as their most alike rank: its bound with those similarities (per part, then per
    // similarity rounded up to a 64th; not for parts with more than five later bits, where the
    // subsets would cost more than they save)
    float[] bitSimilarity = s.bitSimilarity;
    Arrays.fill(bitSimilarity, 0f);
    for (int r = 0; r < count; r++) {
      for (int b = s.rankCover[r] & 0xff; b != 0; b &= b - 1) {
        int i = Integer.numberOfTrailingZeros(b);
        bitSimilarity[i] = Math.max(bitSimilarity[i], s.rankSimilarity[r]);
      }
    }
    int[] noteLimit = s.noteLimit;
    Arrays.fill(noteLimit, 0, parts * QueryScratch.NOTE_STEPS, Integer.MIN_VALUE);
    int[] onePartChars = onePart(tokens, s) ? onePartChars(tokens, s, count, pseudo, nameThreshold) : null;
    int foundCount = 0;
    for (int j = 0; j <= parts; j++) {
      int bit = j < parts ? 1 << order[j] : 0;
      // every name noted in this part's stage has its bit: with none noted before, a rank of that
      // bit alone adds nothing to the names found, and its longer names need not be read
      boolean noneBefore = foundCount == 0;
      int laterBits = upToLater(order, j, parts, pseudo);
      boolean refined = j < parts && Integer.bitCount(laterBits) <= 5;
      for (int r = 0; r < count; r++) {
        if (firstPosition(s.rankCover[r] & ((1 << parts) - 1), position, parts) == j) {
          int limit = upTo[j];
          if (refined) {
            int step = (int) Math.ceil(s.rankSimilarity[r] * (QueryScratch.NOTE_STEPS - 1));
            int at = j * QueryScratch.NOTE_STEPS + Math.min(QueryScratch.NOTE_STEPS - 1, step);
            if (noteLimit[at] == Integer.MIN_VALUE) {
              noteLimit[at] = Math.min(upTo[j], noteReach(tokens, queryChars, initials, bit, laterBits, order[j],
                  Math.min(1f, (float) step / (QueryScratch.NOTE_STEPS - 1)), s, longest, cut, initialBits));
            }
            limit = noteLimit[at];
          }
          foundCount = cover(s, r, onePartChars == null ? limit : Math.min(limit, onePartChars[r]), foundCount,
              !(noneBefore && (s.rankCover[r] & 0xff) == bit));
        }
      }
    }
    int[] found = s.foundNames();
    byte[] foundChars = s.foundChars;
    byte[] cover = s.cover;
    int[] postings = index.postings;
    long[] foundSet = s.foundSet;
    // a query initial pairs only with a listed part of its letter: names without one get the bound
    // with that initial left (per cover and number of such initials not covered, computed when met)
    int[] withInitials = s.maxCharsWithInitials;
    if (initials != 0) {
      Arrays.fill(withInitials, 0, (1 << (parts + pseudo)) * (tokens.length + 1), Integer.MIN_VALUE);
    }
    // the most characters of a name kept (as its postings give them)
    int keptChars = -1;
    for (int k = 0; k < foundCount; k++) {
      int name = found[k];
      foundSet[name >>> 6] &= ~(1L << name);
      int bits = cover[name] & 0xff;
      // the posting's characters, exact below the cap
      int chars = foundChars[k] & 0xff;
      int max = bound.maxChars(bits);
      int pairable = initials == 0 || chars > max ? initials : pairableInitials(tokens, initials, index.nameLetters[name]);
      if (pairable != initials) {
        int at = bits * (tokens.length + 1) + Integer.bitCount(pairable & ~coverParts(tokens, bits, s.pseudoParts));
        if (withInitials[at] == Integer.MIN_VALUE) {
          withInitials[at] = reach(tokens, queryChars, pairable, bits, s.pseudoParts, longest, similarity, cut,
              agreeing(bits, initialBits));
        }
        max = withInitials[at];
      }
      if (chars <= max) {
        s.found(name, chars < NameIndex.CHARS_CAP ? chars : index.nameChars[name]);
        keptChars = Math.max(keptChars, chars);
      } else {
        cover[name] = 0;
      }
    }
    // the kept names' evidence: from their own parts when few, else from the postings read again up
    // to the longest kept name (postings run shortest first)
    int kept = s.touchedCount;
    int[] readTo = s.readTo(count);
    long reading = 0;
    for (int r = 0; r < count; r++) {
      readTo[r] = postingsUpTo(s.rankToken[r], keptChars);
      reading += readTo[r] - index.postingStart[s.rankToken[r]];
    }
    if (evidence == BY_COST ? kept * ACCUMULATE_COST < reading : evidence == FROM_OWN_PARTS) {
      s.indexRanks(count);
      accumulateAll(s, kept, count);
    } else {
      s.indexSlots();
      for (int r = 0; r < count; r++) {
        int t = s.rankToken[r];
        int bits = s.rankBits[r];
        float listedLength = s.rankListed[r];
        float length = s.rankLength[r];
        float weighted = (length + listedLength) * s.rankSimilarity[r];
        for (int k = index.postingStart[t], end = readTo[r]; k < end; k++) {
          int name = postings[k];
          if (cover[name] != 0) {
            addPair(s, s.slotOf(name), bits, weighted, listedLength, length, s.rankSimilarity[r]);
          }
        }
      }
      for (int slot = 0; slot < kept; slot++) {
        cover[s.touched[slot]] = 0;
      }
    }
    s.coverDirty = false;
  }

  /**
   * For a query of one part, per rank, the most characters a name first found through it may have
   * and still reach the ceiling of {@link #select}: its most alike pair is that rank's, or a listed
   * initial's (read last), and the longest part as alike is no longer than the ranks from there on
   * as alike give (the name has none of the ranks before), or an initial.
   */
  private static int[] onePartChars(Token[] tokens, QueryScratch s, int count, int pseudo, double nameThreshold) {
    int[] chars = s.onePartChars(count);
    int own = coverBits(tokens);
    float initialAlike = 0;
    for (int r = 0; r < count && pseudo > 0; r++) {
      if ((s.rankCover[r] & ((1 << own) - 1)) == 0) {
        initialAlike = Math.max(initialAlike, s.rankSimilarity[r]);
      }
    }
    double unindexed = unindexed(tokens);
    float asAlike = 0;
    for (int r = count - 1; r >= 0; r--) {
      boolean tied = r + 1 < count && s.rankSimilarity[r] - s.rankSimilarity[r + 1] <= SIMILARITY_SLACK;
      asAlike = Math.max(tied ? asAlike : 0, s.rankListed[r]);
      // with the slack of the similarity the evidence reads back; where a part the index does not
      // look up may be as alike, the name's longest part may pair (no bound here)
      double alike = Math.max(s.rankSimilarity[r], initialAlike) + SIMILARITY_SLACK;
      chars[r] = unindexed >= s.rankSimilarity[r] - SIMILARITY_SLACK ? Integer.MAX_VALUE
          : onePartMostChars(tokens[0].length(), alike, (int) Math.max(1, asAlike), nameThreshold);
    }
    return chars;
  }

  /** The cover bits after part j in the reading order, and the listed initials' bits. */
  private static int upToLater(int[] order, int j, int parts, int pseudo) {
    int later = ((1 << (parts + pseudo)) - 1) & ~((1 << parts) - 1);
    for (int k = j + 1; k < parts; k++) {
      later |= 1 << order[k];
    }
    return later;
  }

  /**
   * The most characters a name may have that has bit {@code bit} (part {@code part}) paired at most
   * {@code similarity} alike and any of {@code laterBits} at most as alike as their most alike rank.
   */
  private static int noteReach(Token[] tokens, float queryChars, int initials, int bit, int laterBits, int part,
      float similarity, QueryScratch s, float[] longest, double cut, int initialBits) {
    float[] alike = s.noteSimilarity;
    System.arraycopy(s.bitSimilarity, 0, alike, 0, alike.length);
    alike[part] = Math.min(alike[part], similarity);
    int most = reach(tokens, queryChars, initials, bit, s.pseudoParts, longest, alike, 0, cut,
        agreeing(bit, initialBits));
    for (int some = laterBits; some != 0; some = (some - 1) & laterBits) {
      int cover = bit | some;
      most = Math.max(most, reach(tokens, queryChars, initials, cover, s.pseudoParts, longest, alike, 0, cut,
          agreeing(cover, initialBits)));
    }
    return most;
  }

  /**
   * Adds a pair to the evidence of the name in the slot unless its query bits are covered already;
   * either way notes its listed part when it is as alike as the name's first (most alike) pair.
   */
  private static void addPair(QueryScratch s, int slot, int bits, float weighted, float listedLength, float length,
      float similarity) {
    if (s.covered[slot] == 0) {
      s.mostAlike[slot] = similarity;
      s.asAlike[slot] = listedLength;
    } else if (Math.abs(similarity - s.mostAlike[slot]) <= SIMILARITY_SLACK) {
      s.asAlike[slot] = Math.max(s.asAlike[slot], listedLength);
    }
    if ((s.covered[slot] & bits) == 0) {
      s.covered[slot] |= evidenceBits(bits, listedLength);
      s.weighted[slot] += weighted;
      s.listed[slot] += listedLength;
      s.confirmed[slot] += length;
    }
  }

  /** The query bits a pair adds to a name's evidence, with {@link #LISTED_INITIAL} for a listed initial. */
  private static int evidenceBits(int bits, float listedLength) {
    return listedLength == 1 ? bits | LISTED_INITIAL : bits;
  }

  /** The query parts (bits) that are initials. */
  private static int initials(Token[] tokens) {
    int initials = 0;
    for (int i = 0; i < tokens.length; i++) {
      initials |= tokens[i].length() == 1 ? 1 << i : 0;
    }
    return initials;
  }

  /** The cover bits through which a listed initial may be paired (one listed character left agrees only then). */
  private static int listedInitialBits(QueryScratch s, int count) {
    int bits = 0;
    for (int r = 0; r < count; r++) {
      bits |= s.rankListed[r] == 1 ? s.rankCover[r] & 0xff : 0;
    }
    return bits;
  }

  /** Listed characters left that may agree for a name with this cover (see {@link #LIST_LEFT_AGREEING}). */
  private static int agreeing(int cover, int listedInitialBits) {
    return (cover & listedInitialBits) != 0 ? LIST_LEFT_AGREEING : 0;
  }

  /** The query initials (bits) that have a part of their letter in a name with these letters. */
  private static int pairableInitials(Token[] tokens, int initials, int letters) {
    int pairable = 0;
    for (int b = initials; b != 0; b &= b - 1) {
      int i = Integer.numberOfTrailingZeros(b);
      if ((letters & NameIndex.letter(tokens[i].text().charAt(0))) != 0) {
        pairable |= 1 << i;
      }
    }
    return pairable;
  }

  /** The query parts a cover stands for (its own bits, and the parts of its listed initials' bits). */
  private static int coverParts(Token[] tokens, int cover, int[] pseudoParts) {
    int own = coverBits(tokens);
    int parts = cover & ((1 << (own - 1)) - 1);
    if ((cover & (1 << (own - 1))) != 0) {
      // the last bit stands for every part from there on
      parts |= ((1 << tokens.length) - 1) & ~((1 << (own - 1)) - 1);
    }
    for (int b = cover >>> own; b != 0; b &= b - 1) {
      parts |= pseudoParts[Integer.numberOfTrailingZeros(b)];
    }
    return parts;
  }

  /** The most characters a name with this cover may have and still reach the cut, -1 when none. */
  private interface Bound {
    int maxChars(int cover);
  }

  /** The most characters a name whose cover has only some of these bits may have and still reach the cut. */
  private static int reachWithin(int bits, Bound bound) {
    int most = -1;
    for (int some = bits; some != 0; some = (some - 1) & bits) {
      most = Math.max(most, bound.maxChars(some));
    }
    return most;
  }

  /**
   * The cover bits the query's parts take: one each, for at most {@link QueryScratch#COVER_BITS};
   * beyond that the last one stands for the rest of the parts (a bound counts them all).
   */
  private static int coverBits(Token[] tokens) {
    return Math.min(tokens.length, QueryScratch.COVER_BITS);
  }

  /** The cover bits of a set of query parts (see {@link #coverBits}). */
  private static int fold(Token[] tokens, int bits) {
    int own = coverBits(tokens);
    int last = 1 << (own - 1);
    return (bits & (last - 1)) | ((bits & -last) != 0 ? last : 0);
  }

  /** The query parts (bits) by the postings of their similar parts, fewest first. */
  private int[] partsByPostings(QueryScratch s, int count, int parts) {
    long[] postingsOfPart = s.postingsOfPart;
    Arrays.fill(postingsOfPart, 0, parts, 0);
    for (int r = 0; r < count; r++) {
      for (int b = s.rankCover[r] & ((1 << parts) - 1); b != 0; b &= b - 1) {
        postingsOfPart[Integer.numberOfTrailingZeros(b)] += postings(s.rankToken[r]);
      }
    }
    int[] order = s.partOrder;
    for (int i = 0; i < parts; i++) {
      int at = i;
      while (at > 0 && postingsOfPart[order[at - 1]] > postingsOfPart[i]) {
        order[at] = order[at - 1];
        at--;
      }
      order[at] = i;
    }
    return order;
  }

  /** The earliest position of the query bits in the reading order; {@code parts} for none (listed initials only). */
  private static int firstPosition(int bits, int[] position, int parts) {
    int first = parts;
    for (int b = bits; b != 0; b &= b - 1) {
      first = Math.min(first, position[Integer.numberOfTrailingZeros(b)]);
    }
    return first;
  }

  private int postings(int t) {
    return index.postingStart[t + 1] - index.postingStart[t];
  }

  /**
   * ORs the cover bits of rank r into the names of its postings; a name not found before is noted
   * (with its characters) when it has at most {@code newUpTo} characters; the longer names only when
   * {@code longer} (else every name found has the bits already). Returns the names found.
   */
  private int cover(QueryScratch s, int r, int newUpTo, int foundCount, boolean longer) {
    int t = s.rankToken[r];
    byte bits = s.rankCover[r];
    byte[] cover = s.cover;
    int[] found = s.foundNames();
    byte[] foundChars = s.foundChars;
    int[] postings = index.postings;
    byte[] postingChars = index.postingChars;
    long[] foundSet = s.foundSet;
    int count = foundCount;
    for (int k = index.postingStart[t], end = index.postingStart[t + 1]; k < end; k++) {
      int name = postings[k];
      if (name < 0) {
        break;
      }
      if ((postingChars[k] & 0xff) > newUpTo) {
        // the longer names (postings run shortest first): only those found already, none of them
        // longer than the longest noted
        if (longer) {
          coverFound(s, bits, k, Math.max(k, postingsUpTo(t, s.notedChars)));
        }
        break;
      }
      byte old = cover[name];
      if (old == 0) {
        found[count] = name;
        foundChars[count++] = postingChars[k];
        foundSet[name >>> 6] |= 1L << name;
        s.notedChars = Math.max(s.notedChars, postingChars[k] & 0xff);
      }
      cover[name] = (byte) (old | bits);
    }
    return count;
  }

  /**
   * The end of part t's postings of names of at most {@code chars} characters (as postings give
   * them: at the cap, any name may be that long); the unused end of the range counts as longer.
   */
  private int postingsUpTo(int t, int chars) {
    int low = index.postingStart[t];
    int high = index.postingStart[t + 1];
    if (chars >= NameIndex.CHARS_CAP) {
      while (high > low && index.postings[high - 1] < 0) {
        high--;
      }
      return high;
    }
    // the first posting of a longer name, or unused
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (index.postings[middle] < 0 || (index.postingChars[middle] & 0xff) > chars) {
        high = middle;
      } else {
        low = middle + 1;
      }
    }
    return low;
  }

  /** ORs the bits into the names of postings [from, to) found already (the bit set, small enough to stay in cache). */
  private void coverFound(QueryScratch s, byte bits, int from, int to) {
    byte[] cover = s.cover;
    long[] foundSet = s.foundSet;
    int[] postings = index.postings;
    for (int k = from; k < to; k++) {
      int name = postings[k];
      if (name < 0) {
        break;
      }
      if ((foundSet[name >>> 6] & (1L << name)) != 0) {
        cover[name] |= bits;
      }
    }
  }

  /**
   * The cover bits of each rank (in {@code s.rankCover}): its query bits, except for a listed
   * initial paired with a longer query part, which confirms one character of it (the scorer counts
   * it so): such ranks get a bit of their own after the query's, one per set of query bits, while
   * the byte has room, so that the bound counts them for one character instead of the whole part.
   * Returns how many bits of their own were given ({@code s.pseudoParts} holds their query bits).
   */
  private static int pseudoBits(Token[] tokens, QueryScratch s, int count) {
    byte[] rankCover = s.ensureRankCover(count);
    int pseudo = 0;
    for (int r = 0; r < count; r++) {
      int bits = s.rankBits[r];
      rankCover[r] = (byte) fold(tokens, bits);
      if (s.rankListed[r] != 1 || s.rankLength[r] >= queryChars(tokens, bits)) {
        continue;
      }
      int own = -1;
      for (int p = 0; p < pseudo && own < 0; p++) {
        own = s.pseudoParts[p] == bits ? p : -1;
      }
      if (own < 0 && coverBits(tokens) + pseudo < QueryScratch.COVER_BITS) {
        own = pseudo;
        s.pseudoParts[pseudo++] = bits;
      }
      if (own >= 0) {
        rankCover[r] = (byte) (1 << (coverBits(tokens) + own));
      }
    }
    return pseudo;
  }

  private static int queryChars(Token[] tokens, int bits) {
    int chars = 0;
    for (int b = bits; b != 0; b &= b - 1) {
      chars += tokens[Integer.numberOfTrailingZeros(b)].length();
    }
    return chars;
  }

  /**
   * The most characters a name covering the query bits {@code bits} (and no others) may have and
   * still reach the cut; -1 when none can. Its estimate is W / (C + L + w·(queryLeft + listLeft)):
   * C the characters of the covered query parts, L the listed parts paired (at most the longest
   * listed part found for each covered bit), W at most the best similarity times (C + L),
   * queryLeft what is not covered, listLeft the name's characters beyond L, and w the conflict
   * weight when both are left, else the omission weight. The bound grows with L and falls with
   * the name's characters, so the longest L and the name's own characters give it.
   */
  private static int reach(Token[] tokens, float queryChars, int initials, int cover, int[] pseudoParts,
      float[] longest, float similarity, double cut, int agreeing) {
    return reach(tokens, queryChars, initials, cover, pseudoParts, longest, null, similarity, cut, agreeing);
  }

  /**
   * The same with a similarity per cover bit ({@code bitSimilarity}; null: {@code similarity} for
   * every bit): the most a name's pairs for a bit can be alike. W is then at most the sum over the
   * covered bits of their similarity times their query characters, plus the most similar of them
   * times L; the bound still grows with L (that factor is at least each bit's), so the longest L
   * gives it.
   */
  private static int reach(Token[] tokens, float queryChars, int initials, int cover, int[] pseudoParts,
      float[] longest, float[] bitSimilarity, float similarity, double cut, int agreeing) {
    double covered = 0;
    double listed = 0;
    double weighted = 0;
    float most = 0;
    int own = coverBits(tokens);
    for (int b = cover; b != 0; b &= b - 1) {
      int i = Integer.numberOfTrailingZeros(b);
      float alike = bitSimilarity == null ? similarity : bitSimilarity[i];
      most = Math.max(most, alike);
      if (i < own) {
        // the last bit stands for every part from there on
        for (int j = i; j < (i == own - 1 ? tokens.length : i + 1); j++) {
          covered += tokens[j].length();
          weighted += alike * tokens[j].length();
          listed += longest[j];
        }
      } else {
        // a listed initial: one character confirmed on either side
        covered += 1;
        weighted += alike;
        listed += 1;
      }
    }
    weighted += most * listed;
    // the query initials that may pair with a part of the name not paired otherwise
    int parts = coverParts(tokens, cover, pseudoParts);
    double queryLeft = Math.max(0, queryChars - covered - Integer.bitCount(initials & ~parts));
    double reach = covered + listed;
    // slack for the estimate's float arithmetic
    double floor = cut - 1e-4;
    if (floor <= 0) {
      return Integer.MAX_VALUE;
    }
    if (reach <= 0) {
      return -1;
    }
    // the most of the name beyond the listed parts paired, with the omission weight and the conflict weight
    double surplus = weighted / floor - reach;
    double omitted = surplus / NameAligner.OMISSION - queryLeft;
    if (queryLeft > 0.5) {
      // the conflict weight once the name has more left than an initial that may agree
      double conflicting = surplus / NameAligner.CONFLICT - queryLeft;
      double agrees = agreeing + 0.5;
      omitted = conflicting > agrees ? conflicting : Math.min(agrees, omitted);
    }
    return omitted < 0 ? -1 : (int) Math.min(Short.MAX_VALUE, Math.floor(listed + omitted));
  }

  private void post(QueryScratch s, int epoch, int bits, int token, float length, float listedLength,
      float similarity) {
    int[] postings = index.postings;
    float weighted = (length + listedLength) * similarity;
    int[] stampAndSlot = s.stamps();
    for (int k = index.postingStart[token]; k < index.postingStart[token + 1]; k++) {
      int name = postings[k];
      if (name < 0) {
        break;
      }
      if (stampAndSlot[3 * name] != epoch) {
        stampAndSlot[3 * name] = epoch;
        stampAndSlot[3 * name + 1] = s.touch(name, stampAndSlot[3 * name + 2], evidenceBits(bits, listedLength),
            weighted, listedLength, length, similarity);
      } else {
        addPair(s, stampAndSlot[3 * name + 1], bits, weighted, listedLength, length, similarity);
      }
    }
  }

  /**
   * The evidence of the kept names from their own parts, a chunk at a time: where each name's parts
   * are, then the parts, read in passes the processor overlaps (see {@link #scoreAll}); clears
   * their cover.
   */
  private void accumulateAll(QueryScratch s, int kept, int count) {
    int[] length = s.chunkCount;
    for (int from = 0; from < kept; from += CHUNK) {
      int to = Math.min(kept, from + CHUNK);
      for (int slot = from; slot < to; slot++) {
        s.cover[s.touched[slot]] = 0;
      }
      int[] ids = readParts(s, s.touched, from, to);
      for (int slot = from, at = 0; slot < to; at += length[slot - from], slot++) {
        accumulate(s, slot, count, ids, at, at + length[slot - from]);
      }
    }
  }

  /**
   * The evidence of the name in the slot from its own parts ({@code partIds[from, to)}): their
   * ranks in best-first order, each query part counted once, as reading every posting in rank
   * order would give.
   */
  private void accumulate(QueryScratch s, int slot, int count, int[] partIds, int from, int to) {
    int found = 0;
    for (int p = from; p < to; p++) {
      int t = partIds[p];
      boolean repeated = false;
      for (int q = from; q < p && !repeated; q++) {
        repeated = partIds[q] == t;
      }
      if (repeated) {
        continue;
      }
      for (int at = s.firstRank(t); at >= 0 && at < count && (int) (s.byToken[at] >>> 32) == t; at++) {
        if (found == s.nameRanks.length) {
          s.nameRanks = Arrays.copyOf(s.nameRanks, found * 2);
        }
        s.nameRanks[found++] = (int) s.byToken[at];
      }
    }
    int[] ranks = s.nameRanks;
    Arrays.sort(ranks, 0, found);
    int covered = 0;
    float weighted = 0;
    float listed = 0;
    float confirmed = 0;
    // the first rank is the most alike pair (ranks run most alike first)
    float mostAlike = found > 0 ? s.rankSimilarity[ranks[0]] : 0;
    float asAlike = 0;
    for (int k = 0; k < found; k++) {
      int r = ranks[k];
      int bits = s.rankBits[r];
      if (Math.abs(s.rankSimilarity[r] - mostAlike) <= SIMILARITY_SLACK) {
        asAlike = Math.max(asAlike, s.rankListed[r]);
      }
      if ((covered & bits) == 0) {
        covered |= evidenceBits(bits, s.rankListed[r]);
        weighted += (s.rankLength[r] + s.rankListed[r]) * s.rankSimilarity[r];
        listed += s.rankListed[r];
        confirmed += s.rankLength[r];
      }
    }
    s.covered[slot] = covered;
    s.confirmed[slot] = confirmed;
    s.weighted[slot] = weighted;
    s.listed[slot] = listed;
    s.mostAlike[slot] = mostAlike;
    s.asAlike[slot] = asAlike;
  }

  private void collectSimilar(Token token, int bits, double floor, boolean splits, QueryScratch s) {
    // the scorer pairs parts written together only with a part within two letters of their length,
    // so never a listed initial with more than three
    boolean initials = splits || token.length() <= NameAligner.JOINABLE_LENGTH_GAP + 1;
    index.forEachSimilar(token, (t, similarity) -> {
      if (similarity >= floor && (initials || index.vocabulary[t].length() > 1)) {
        s.addSimilar(t, bits, token.length(), similarity);
      }
    }, s.lookup, splits);
  }

  /**
   * Names that could still reach the threshold, the most promising first. The estimate is the
   * scorer's formula over the pairs found (each query part with its most similar listed part, a
   * listed part possibly counted twice, initials counted whole), so it is at least the score
   * except in the rare cases the margin covers; nothing is cut by a candidate count.
   */
  private int[] select(ScreeningQuery query, Token[] tokens, int queryForm, QueryScratch s, double nameThreshold,
      boolean[] allowed) {
    float queryChars = queryChars(tokens, (1 << tokens.length) - 1);
    int initials = initials(tokens);
    // a query of one part (not an initial, not found as halves of a part written together) pairs
    // with the name's most similar part, or reads as an acronym: its score has a ceiling. The index
    // finds every part the scorer finds similar but for two rules: parts it finds only alike as
    // Chinese syllables (at most SOUNDS_ALIKE) and parts beyond the deletions' length
    boolean onePart = onePart(tokens, s);
    double unindexed = unindexed(tokens);
    // a number pairs only with the same number; a name's numbers are otherwise left unpaired
    boolean queryNumber = tokens[0].digits();
    // at most one per name touched, in the thread's buffer
    long[] keyed = s.selected(s.touchedCount);
    int count = 0;
    boolean everySource = query.sources().isEmpty();
    // the alignment score a name needs: scoring takes a conflicting legal form's penalty off it,
    // then scales a weak alias's down (see nameScore)
    double[] needed = new double[4];
    for (int weak = 0; weak < 2; weak++) {
      for (int conflict = 0; conflict < 2; conflict++) {
        needed[2 * weak + conflict] = (weak == 1 ? nameThreshold / WEAK_ALIAS : nameThreshold)
            + (conflict == 1 ? LEGAL_FORM_CONFLICT : 0);
      }
    }
    for (int k = 0; k < s.touchedCount; k++) {
      int name = s.touched[k];
      int coveredBits = s.covered[k] & ~LISTED_INITIAL;
      double listLeft = Math.max(0, s.chars[k] - s.listed[k]);
      // query initials are not looked up; they may pair with a listed part of their letter (J Smith,
      // Jason Smith): the name's letters are read only when the estimate reaches the cut without them
      double estimate = estimate(s, k, queryChars, initials & ~coveredBits, listLeft);
      if (estimate >= nameThreshold - ESTIMATE_MARGIN && (initials & ~coveredBits) != 0) {
        int pairable = pairableInitials(tokens, initials, index.nameLetters[name]);
        estimate = estimate(s, k, queryChars, pairable & ~coveredBits, listLeft);
      }
      if (estimate < nameThreshold - ESTIMATE_MARGIN) {
        continue;
      }
      // the name's flags and legal form are read only for the names that reach the least need
      double need = needed[((nameFlags[name] & WEAK) != 0 ? 2 : 0)
          + (queryForm != -2 && legalFormConflict(queryForm, name) ? 1 : 0)];
      if (estimate < need - ESTIMATE_MARGIN
          || (!everySource && !allowed[entitySource[index.nameEntity[name]]])) {
        continue;
      }
      if (onePart) {
        double alike = s.weighted[k] / (s.confirmed[k] + s.listed[k]);
        // the part paired is one of the name's most alike, of which the evidence holds the longest
        // (unless a part the index does not look up may be as alike)
        int paired = index.nameLongest[name] & 0xff;
        if (unindexed < alike) {
          paired = Math.min(paired, (int) s.asAlike[k]);
        }
        if (onePartCeiling(queryChars, Math.max(unindexed, alike), s.chars[k], paired,
            queryNumber ? 0 : index.nameNumbers[name] & 0xff, organisation(name)) < need) {
          continue;
        }
      }
      // estimate descending, then name id ascending
      keyed[count++] = ((long) (estimate * 1_000_000) << 32) | (Integer.MAX_VALUE - name);
    }
    Arrays.sort(keyed, 0, count);
    int[] all = new int[count];
    for (int k = 0; k < count; k++) {
      all[k] = Integer.MAX_VALUE - (int) keyed[count - 1 - k];
    }
    return all;
  }

  /** Slack for similarities read back from float evidence or held to a millionth. */
  private static final double SIMILARITY_SLACK = 1e-5;

  /** Whether the query is one part the scorer has a ceiling for (see {@link #select}). */
  private static boolean onePart(Token[] tokens, QueryScratch s) {
    return tokens.length == 1 && tokens[0].length() > 1 && s.lookup.halves == 0
        && tokens[0].foldedLength() + TokenSimilarity.MOST_EDITS <= Deletions.MAX_LENGTH;
  }

  /** How alike a query of one part may be to a part the index does not look up (Chinese syllables). */
  private static double unindexed(Token[] tokens) {
    return tokens[0].chinese() != 0 ? TokenSimilarity.SOUNDS_ALIKE : 0;
  }

  /**
   * The most characters a name may have whose score against a query of one part of
   * {@code queryChars} characters reaches {@code threshold}, its most similar part
   * {@code similarity} alike and at most {@code pairedPart} long (see {@link #onePartCeiling}, with
   * no numbers, read as an organisation's); -1 for none.
   */
  static int onePartMostChars(double queryChars, double similarity, int pairedPart, double threshold) {
    // the ceiling falls as the name grows: the longest name it still lets reach the threshold
    int low = -1;
    int high = Short.MAX_VALUE;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (onePartCeiling(queryChars, similarity, middle, pairedPart, 0, true) >= threshold) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  /**
   * The most a name can score against a query of one part (not an initial), a bound where the
   * estimate is not: the scorer pairs the part with one listed part, the most similar
   * ({@code similarity}, which the index finds for every part the scorer finds similar), or, in an
   * organisation's name, reads a part of 2 to 5 letters as an acronym. Its score is then the
   * similarity times the pair's characters over those and {@link NameAligner#OMISSION} per
   * character left, {@link NameAligner#CONFLICT} per digit of a number left ({@code numbers}, 0
   * when the query is a number itself), more when initials disagree, at most with
   * {@code pairedPart} characters paired: the longest of the name's parts as similar as the most
   * similar (the scorer takes the first of them), or its longest part. Penalties after the scorer
   * only lower it.
   */
  static double onePartCeiling(double queryChars, double similarity, int nameChars, int pairedPart, int numbers,
      boolean organisation) {
    double listed = Math.min(pairedPart, nameChars);
    double paired = queryChars + listed;
    double conflicting = (NameAligner.CONFLICT - NameAligner.OMISSION) * numbers;
    // slack for the similarity read back from float evidence, and for rounding
    double ceiling = (similarity + SIMILARITY_SLACK) * paired
        / (paired + NameAligner.OMISSION * (nameChars - listed) + conflicting);
    if (organisation && queryChars >= 2 && queryChars <= NameIndex.MOST_ACRONYM_LETTERS) {
      // its letters confirmed on both sides, the rest of the name left
      double acronym = 2 * queryChars;
      ceiling = Math.max(ceiling, NameAligner.ACRONYM * acronym
          / (acronym + NameAligner.OMISSION * Math.max(0, nameChars - queryChars) + conflicting));
    }
    return ceiling + 1e-9;
  }

  /**
   * The estimate of the name in slot k: the scorer's formula over its evidence, the query initials
   * {@code pairedInitials} taken for paired with some part of the name.
   */
  private static double estimate(QueryScratch s, int k, float queryChars, int pairedInitials, double listLeft) {
    float covered = s.confirmed[k];
    double queryLeft = Math.max(0, queryChars - covered - Integer.bitCount(pairedInitials));
    // one listed character left may be an initial of a name written with initials, which does not disagree
    boolean listedInitial = (s.covered[k] & LISTED_INITIAL) != 0;
    boolean listDisagrees = listLeft > LIST_LEFT_AGREEING + 0.5 || (listLeft > 0.5 && !listedInitial);
    double weight = queryLeft > 0.5 && listDisagrees ? NameAligner.CONFLICT : NameAligner.OMISSION;
    return s.weighted[k] / (covered + s.listed[k] + weight * (queryLeft + listLeft));
  }

  private int queryForm(NameNormalizer.Normalized normalized) {
    return normalized.legalForm() == null ? -2 : legalForms.indexOf(normalized.legalForm());
  }

  /** Query legal form: -2 none, -1 one no listed name has, else its index: a conflict either way when the name has one. */
  private boolean legalFormConflict(int queryForm, int name) {
    return legalFormConflict(queryForm, nameLegalForm[name]);
  }

  private static boolean legalFormConflict(int queryForm, short nameForm) {
    return queryForm != -2 && nameForm >= 0 && nameForm != queryForm;
  }

  /** Candidates read ahead of scoring at a time (see {@link #scoreAll}). */
  private static final int CHUNK = 64;

  /**
   * Scores the candidates and offers those reaching the threshold. A chunk of names is read in
   * passes before any of it is scored: first where each name's parts are and its flags, then the
   * parts. Those reads do not wait on one another, so the processor overlaps them; scoring name by
   * name waited on each in turn, and with millions of names nearly every one misses the cache.
   */
  private void scoreAll(Token[] tokens, int queryForm, int[] candidates, double nameThreshold, QueryScratch s,
      int epoch, List<Integer> hits) {
    int[] count = s.chunkCount;
    byte[] flags = s.chunkFlags;
    short[] forms = s.chunkForms;
    for (int from = 0; from < candidates.length; from += CHUNK) {
      int to = Math.min(candidates.length, from + CHUNK);
      for (int c = from; c < to; c++) {
        flags[c - from] = nameFlags[candidates[c]];
        forms[c - from] = queryForm == -2 ? -1 : nameLegalForm[candidates[c]];
      }
      int[] ids = readParts(s, candidates, from, to);
      // and the parts not compared yet in this query, whose similarities are computed next
      int parts = s.chunkPartCount;
      int touched = 0;
      for (int k = 0; k < parts; k++) {
        if (s.similarities.find(ids[k]) < 0) {
          touched += index.vocabulary[ids[k]].touch();
        }
      }
      s.touchedParts += touched;
      for (int c = from, at = 0; c < to; at += count[c - from], c++) {
        int name = candidates[c];
        double score = nameScore(tokens, queryForm, name, ids, at, count[c - from], flags[c - from], forms[c - from], s);
        if (score >= nameThreshold) {
          offer(s, epoch, index.nameEntity[name], name, score, hits);
        }
      }
    }
  }

  /**
   * The parts of the names {@code names[from, to)} one after another (their counts in
   * {@code s.chunkCount}, the total in {@code s.chunkPartCount}): first where each name's parts
   * are, then the parts, reads that do not wait on one another.
   */
  private int[] readParts(QueryScratch s, int[] names, int from, int to) {
    int[] first = s.chunkFirst;
    int[] count = s.chunkCount;
    int parts = 0;
    for (int c = from; c < to; c++) {
      int name = names[c];
      first[c - from] = index.nameStart[name];
      count[c - from] = index.nameStart[name + 1] - first[c - from];
      parts += count[c - from];
    }
    int[] ids = s.chunkParts(parts);
    for (int c = from, at = 0; c < to; at += count[c - from], c++) {
      System.arraycopy(index.nameTokens, first[c - from], ids, at, count[c - from]);
    }
    s.chunkPartCount = parts;
    return ids;
  }

  private double nameScore(Token[] tokens, int queryForm, int name, QueryScratch s) {
    int from = index.nameStart[name];
    return nameScore(tokens, queryForm, name, index.nameTokens, from, index.nameStart[name + 1] - from, nameFlags[name],
        nameLegalForm[name], s);
  }

  private double nameScore(Token[] tokens, int queryForm, int name, int[] partIds, int from, int length, byte flags,
      short form, QueryScratch s) {
    Token[] listed = length < s.byLength.length ? s.byLength[length] : new Token[length];
    int n = tokens.length;
    if (s.matrix.length < n * length) {
      s.matrix = new float[n * length];
    }
    float[] matrix = s.matrix;
    SimilarityCache cache = s.similarities;
    for (int k = 0; k < length; k++) {
      int id = partIds[from + k];
      listed[k] = index.vocabulary[id];
      int offset = cache.find(id);
      if (offset < 0) {
        offset = cache.put(id);
        float[] values = cache.values();
        for (int i = 0; i < n; i++) {
          values[offset + i] = (float) TokenSimilarity.of(tokens[i], listed[k]);
        }
      }
      float[] values = cache.values();
      for (int i = 0; i < n; i++) {
        matrix[i * length + k] = values[offset + i];
      }
    }
    double score = aligner.score(tokens, listed, matrix, s.aligner, (flags & ORGANISATION) != 0);
    if (s.scriptKey != null && (flags & SAME_SCRIPT) != 0) {
      score = Math.min(score, SameScript.cap(s.scriptKey, SameScript.key(originalName(name))));
    }
    if (legalFormConflict(queryForm, form)) {
      score = Math.max(0, score - LEGAL_FORM_CONFLICT);
    }
    return (flags & WEAK) != 0 ? score * WEAK_ALIAS : score;
  }

  /** Whether the listed name is an organisation's (anything but a person or an entity of unknown kind). */
  private boolean organisation(int name) {
    return (nameFlags[name] & ORGANISATION) != 0;
  }

  private static boolean organisation(EntityType type) {
    return type != EntityType.PERSON && type != EntityType.UNKNOWN;
  }

  /** The listed name as the list writes it. */
  private String originalName(int name) {
    return entities[index.nameEntity[name]].names().get(nameOrdinal[name]).value();
  }

  private void offer(QueryScratch s, int epoch, int entity, int name, double score, List<Integer> hits) {
    if (s.entityStamp[entity] != epoch) {
      s.entityStamp[entity] = epoch;
      s.entityScore[entity] = (float) score;
      s.entityName[entity] = name;
      hits.add(entity);
    } else {
      int better = Float.compare((float) score, s.entityScore[entity]);
      if (better > 0 || (better == 0 && name < s.entityName[entity])) {
        s.entityScore[entity] = (float) score;
        s.entityName[entity] = name;
      }
    }
  }

  private void offerAllNames(Token[] tokens, int queryForm, QueryScratch s, int epoch, int entity,
      List<Integer> hits) {
    for (int name = firstName(entity); name < index.names() && index.nameEntity[name] == entity; name++) {
      offer(s, epoch, entity, name, nameScore(tokens, queryForm, name, s), hits);
    }
  }

  private int firstName(int entity) {
    int low = 0;
    int high = index.names() - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (index.nameEntity[middle] < entity) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private record Scored(int entity, int name, double nameScore, double score, List<Explanation.Factor> factors) {}

  private List<Match> rank(ScreeningQuery query, Token[] tokens, String legalForm, int queryForm, double threshold,
      int limit, QueryScratch s, List<Integer> hits) {
    List<Scored> scored = new ArrayList<>();
    for (int entity : hits) {
      double nameScore = s.entityScore[entity];
      double score = nameScore;
      List<Explanation.Factor> factors = new ArrayList<>(2);
      for (EvidenceRule rule : RULES) {
        Explanation.Factor factor = rule.assess(query, entities[entity], score);
        if (factor != null) {
          factors.add(factor);
          score += factor.contribution();
        }
      }
      score = round(Math.max(0, Math.min(1, score)));
      if (score >= threshold) {
        scored.add(new Scored(entity, s.entityName[entity], nameScore, score, factors));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparing(x -> entities[x.entity()].entityId())
        .thenComparing(x -> entities[x.entity()].source()));
    List<Match> matches = new ArrayList<>(Math.min(limit, scored.size()));
    for (Scored hit : scored.subList(0, Math.min(limit, scored.size()))) {
      matches.add(explain(tokens, legalFormConflict(queryForm, hit.name()) ? legalForm : null, hit, s));
    }
    return matches;
  }

  private Match explain(Token[] tokens, String conflictingForm, Scored hit, QueryScratch s) {
    Token[] listed = index.tokensOf(hit.name());
    NameAligner.Alignment alignment = aligner.explain(tokens, listed, organisation(hit.name()), s.aligner);
    List<Explanation.TokenMatch> parts = new ArrayList<>();
    for (NameAligner.Pair pair : alignment.pairs()) {
      parts.add(new Explanation.TokenMatch(join(tokens, pair.qFrom(), pair.qCount()),
          join(listed, pair.cFrom(), pair.cCount()), pair.kind().value(), round(pair.similarity())));
    }
    for (int i = 0; i < tokens.length; i++) {
      if (!alignment.queryUsed()[i]) {
        parts.add(new Explanation.TokenMatch(tokens[i].text(), null, MatchKind.MISSING.value(), 0));
      }
    }
    for (int j = 0; j < listed.length; j++) {
      if (!alignment.listUsed()[j]) {
        parts.add(new Explanation.TokenMatch(null, listed[j].text(), MatchKind.EXTRA.value(), 0));
      }
    }
    // the query's key as screen() took it; a listed name's only when the query has one
    String queryKey = s.scriptKey;
    String listedKey = queryKey == null ? null : SameScript.key(originalName(hit.name()));
    double cap = SameScript.cap(queryKey, listedKey);
    if (cap < alignment.score()) {
      parts.add(new Explanation.TokenMatch(queryKey.substring(1), listedKey.substring(1),
          MatchKind.DIFFERENT_CHARACTERS.value(), round(cap)));
    }
    if (conflictingForm != null) {
      parts.add(new Explanation.TokenMatch(conflictingForm, legalForms.get(nameLegalForm[hit.name()]),
          MatchKind.LEGAL_FORM_CONFLICT.value(), -LEGAL_FORM_CONFLICT));
    }
    boolean weak = (nameFlags[hit.name()] & WEAK) != 0;
    WatchlistEntity entity = entities[hit.entity()];
    Explanation explanation = new Explanation(round(hit.nameScore()), weak, parts,
        hit.factors().stream().map(f -> new Explanation.Factor(f.factor(), f.outcome(), round(f.contribution()))).toList());
    return new Match(entity, entity.names().get(nameOrdinal[hit.name()]).value(), hit.score(), explanation);
  }

  private static String join(Token[] tokens, int from, int count) {
    StringBuilder text = new StringBuilder(tokens[from].text());
    for (int k = from + 1; k < from + count; k++) {
      text.append(' ').append(tokens[k].text());
    }
    return text.toString();
  }

  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
