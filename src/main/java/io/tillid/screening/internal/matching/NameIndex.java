package io.tillid.screening.internal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate index: every distinct name part once (the vocabulary), each name as an array of
 * part ids, and per part the ids of the names that have it (postings). A query part finds its
 * similar parts through the vocabulary (same text, one edit away, same sound, same consonants,
 * synonyms), never through the names, so a query costs the postings of its similar parts, not a
 * scan. Everything is primitive arrays: a name costs its part ids plus its share of postings.
 */
final class NameIndex {

  /** What finding a half of a part written together counts for candidate ranking. */
  static final double JOINED_HALF = 0.9;

  final Token[] vocabulary;
  private final Map<String, Integer> ids;
  /** Ids of the parts from a syllabic script (see {@link LoanwordKey}), apart from the same text in Latin. */
  private final Map<String, Integer> loanwordIds;
  /** Names: the parts of name n are nameTokens[nameStart[n] .. nameStart[n+1]). */
  final int[] nameStart;
  final int[] nameTokens;
  final int[] nameEntity;
  /** Characters of a name's parts together (for estimates). */
  final short[] nameChars;
  /**
   * Per name, the letters a query initial may pair with (see {@link #letters}): the first of each
   * part and every letter of a part short enough to be an acronym.
   */
  final int[] nameLetters;
  /**
   * Per name, the characters of its longest part and the digits of its parts that are numbers
   * (unsigned, at most 255): for the ceiling of one-part queries.
   */
  final byte[] nameLongest;
  final byte[] nameNumbers;
  /**
   * Postings: the names with part t are postings[postingStart[t] .. postingStart[t+1]), by the
   * characters of the name ascending, then by id; -1 fills the end of the range when a part repeats.
   */
  final int[] postingStart;
  final int[] postings;
  /** Beside each posting, its name's characters (unsigned), {@link #CHARS_CAP} for that many or more. */
  final byte[] postingChars;
  static final int CHARS_CAP = 255;
  private final KeyTable deletions;
  private final KeyTable phonetic;
  private final KeyTable skeletons;
  /** Loanword keys (see {@link LoanwordKey}) of the parts from syllabic scripts, and of the others. */
  private final KeyTable loanwordKeys;
  private final KeyTable latinLoanKeys;
  private final Map<Integer, int[]> groupMembers;


  private NameIndex(Builder b) {
    int vocabularySize = b.vocabulary.size();
    this.vocabulary = b.vocabulary.toArray(new Token[0]);
    this.ids = b.ids;
    this.loanwordIds = b.loanwordIds;
    this.nameStart = Arrays.copyOf(b.nameStart, b.names + 1);
    this.nameTokens = Arrays.copyOf(b.nameTokens, b.tokenCount);
    this.nameEntity = Arrays.copyOf(b.nameEntity, b.names);
    this.nameChars = Arrays.copyOf(b.nameChars, b.names);
    int[] partLetters = new int[vocabularySize];
    for (int t = 0; t < vocabularySize; t++) {
      String text = vocabulary[t].text();
      partLetters[t] = text.length() <= MOST_ACRONYM_LETTERS ? letters(text) : letter(text.charAt(0));
    }
    this.nameLetters = new int[b.names];
    this.nameLongest = new byte[b.names];
    this.nameNumbers = new byte[b.names];
    for (int n = 0; n < b.names; n++) {
      int longest = 0;
      int numbers = 0;
      for (int k = nameStart[n]; k < nameStart[n + 1]; k++) {
        Token part = vocabulary[nameTokens[k]];
        nameLetters[n] |= partLetters[nameTokens[k]];
        longest = Math.max(longest, part.length());
        numbers += part.digits() ? part.length() : 0;
      }
      nameLongest[n] = (byte) Math.min(255, longest);
      nameNumbers[n] = (byte) Math.min(255, numbers);
    }
    int[] counts = new int[vocabularySize + 1];
    for (int i = 0; i < nameTokens.length; i++) {
      counts[nameTokens[i] + 1]++;
    }
    for (int t = 0; t < vocabularySize; t++) {
      counts[t + 1] += counts[t];
    }
    this.postingStart = counts;
    this.postings = new int[nameTokens.length];
    this.postingChars = new byte[nameTokens.length];
    int[] fill = Arrays.copyOf(counts, vocabularySize);
    // names shortest first (then by id)
    int[] byChars = new int[Short.MAX_VALUE + 2];
    for (int n = 0; n < b.names; n++) {
      byChars[nameChars[n] + 1]++;
    }
    for (int c = 0; c + 1 < byChars.length; c++) {
      byChars[c + 1] += byChars[c];
    }
    int[] order = new int[b.names];
    for (int n = 0; n < b.names; n++) {
      order[byChars[nameChars[n]]++] = n;
    }
    for (int n : order) {
      int previous = -1;
      for (int k = nameStart[n]; k < nameStart[n + 1]; k++) {
        int t = nameTokens[k];
        // a part twice in one name is posted once
        if (t != previous && (fill[t] == counts[t] || postings[fill[t] - 1] != n)) {
          postingChars[fill[t]] = (byte) Math.min(CHARS_CAP, nameChars[n]);
          postings[fill[t]++] = n;
        }
        previous = t;
      }
    }
    // postings of repeated parts leave gaps at the end of their range; mark them unused
    for (int t = 0; t < vocabularySize; t++) {
      for (int k = fill[t]; k < counts[t + 1]; k++) {
        postings[k] = -1;
      }
    }
    KeyTable.Builder deletionKeys = new KeyTable.Builder();
    KeyTable.Builder phoneticKeys = new KeyTable.Builder();
    KeyTable.Builder skeletonKeys = new KeyTable.Builder();
    KeyTable.Builder loanwordKeyTable = new KeyTable.Builder();
    KeyTable.Builder latinLoanKeyTable = new KeyTable.Builder();
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int t = 0; t < vocabularySize; t++) {
      Token token = vocabulary[t];
      int id = t;
      Deletions.forEach(token.folded(), hash -> deletionKeys.add(hash, id));
      phoneticKeys.add(token.phonetic(), t);
      phoneticKeys.add(token.phoneticAlternate(), t);
      skeletonKeys.add(token.skeleton(), t);
      (token.loanword() ? loanwordKeyTable : latinLoanKeyTable).add(token.loanKey(), t);
      loanwordKeyTable.add(token.loanKeyAlternate(), t);
      for (int group : token.groups()) {
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(t);
      }
    }
    this.deletions = deletionKeys.build();
    this.phonetic = phoneticKeys.build();
    this.skeletons = skeletonKeys.build();
    this.loanwordKeys = loanwordKeyTable.build();
    this.latinLoanKeys = latinLoanKeyTable.build();
    Map<Integer, int[]> members = new HashMap<>();
    groups.forEach((group, tokens) -> members.put(group, tokens.stream().mapToInt(Integer::intValue).toArray()));
    this.groupMembers = members;
  }

  int names() {
    return nameEntity.length;
  }

  /** Parts of at most this many letters may be acronyms, each letter standing for a part of the other name. */
  static final int MOST_ACRONYM_LETTERS = 5;

  /** A bit for a character: a to z their own, any other one of six shared ones. */
  static int letter(char c) {
    return c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 1 << (26 + c % 6);
  }

  static int letters(String text) {
    int letters = 0;
    for (int k = 0; k < text.length(); k++) {
      letters |= letter(text.charAt(k));
    }
    return letters;
  }

  Token[] tokensOf(int name) {
    Token[] tokens = new Token[nameStart[name + 1] - nameStart[name]];
    for (int k = 0; k < tokens.length; k++) {
      tokens[k] = vocabulary[nameTokens[nameStart[name] + k]];
    }
    return tokens;
  }

  /** Receives a similar vocabulary part and its similarity. */
  interface SimilarSink {
    void accept(int tokenId, double similarity);
  }

  /**
   * Calls back once for every vocabulary part similar to the query part (similarity above the
   * floor), except parts alike only as Chinese syllables (see {@link TokenKeys#chinese}), which
   * are not looked up (the scorer still pairs them in a name found through another part). The
   * order is fixed by the index, so results are deterministic. With {@code splits}, also the two
   * halves of a part written together (not for query parts joined by the engine).
   *
   * <p>The look-up runs in passes so that its random reads overlap instead of waiting on one
   * another: first every key of the part (its deletions), then the key tables' slots for all of
   * them, then the parts those keys name, and only then the similarities, in the order the keys
   * name the parts (the first time each).
   */
  void forEachSimilar(Token query, SimilarSink sink, Lookup lookup, boolean splits) {
    IntSet seen = lookup.seen;
    seen.clear();
    Integer exact = ids.get(query.text());
    if (exact != null) {
      seen.add(exact);
      sink.accept(exact, 1.0);
    }
    Integer exactLoanword = loanwordIds.isEmpty() ? null : loanwordIds.get(query.text());
    if (exactLoanword != null) {
      seen.add(exactLoanword);
      sink.accept(exactLoanword, 1.0);
    }
    if (query.length() < 2) {
      return;
    }
    lookup.size = 0;
    lookup.halves = 0;
    // a listed initial (V. Putin) stands for any part starting with its letter
    Integer initial = ids.get(query.text().substring(0, 1));
    if (initial != null) {
      lookup.add(initial);
    }
    for (int group : query.groups()) {
      int[] members = groupMembers.get(group);
      if (members != null) {
        for (int t : members) {
          lookup.add(t);
        }
      }
    }
    // a query part is looked up at the full edit budget; two parts joined by the engine, which
    // only count from a similarity of 0.8, one edit away
    int keys = Deletions.keys(query.folded(), splits ? 3 : 1, lookup.keys);
    deletions.addAll(lookup.keys, keys, lookup);
    // a name written together (SergeiLavrov): both halves that are known parts
    String text = query.text();
    for (int split = 2; splits && split <= text.length() - 2 && text.length() >= 6; split++) {
      Integer head = ids.get(text.substring(0, split));
      Integer tail = head == null ? null : ids.get(text.substring(split));
      if (tail != null) {
        lookup.add(Lookup.half(head));
        lookup.add(Lookup.half(tail));
      }
    }
    phonetic.addAll(query.phonetic(), lookup);
    phonetic.addAll(query.phoneticAlternate(), lookup);
    skeletons.addAll(query.skeleton(), lookup);
    // a foreign name in a syllabic script and Latin parts with its consonants, either way round
    (query.loanword() ? latinLoanKeys : loanwordKeys).addAll(query.loanKey(), lookup);
    latinLoanKeys.addAll(query.loanKeyAlternate(), lookup);
    // each part the first time it is named, read ahead of comparing
    int[] found = lookup.candidates;
    int count = 0;
    int touched = 0;
    for (int k = 0; k < lookup.size; k++) {
      int entry = found[k];
      if (seen.add(Lookup.id(entry))) {
        found[count++] = entry;
        touched += vocabulary[Lookup.id(entry)].touch();
      }
    }
    lookup.touched += touched;
    for (int k = 0; k < count; k++) {
      int entry = found[k];
      int t = Lookup.id(entry);
      if (Lookup.isHalf(entry)) {
        lookup.halves++;
        sink.accept(t, JOINED_HALF);
      } else {
        double similarity = TokenSimilarity.of(query, vocabulary[t]);
        if (similarity > 0) {
          sink.accept(t, similarity);
        }
      }
    }
  }

  /**
   * Reusable buffers of one thread for {@link #forEachSimilar}: the parts seen, the keys, the
   * slots found for them and the parts they name, in order.
   */
  static final class Lookup {
    final IntSet seen = new IntSet();
    /** The most deletion keys of a part: up to three deletions of {@link Deletions#MAX_LENGTH} letters. */
    final int[] keys = new int[Deletions.MOST_KEYS];
    final int[] groups = new int[Deletions.MOST_KEYS];
    int[] candidates = new int[256];
    int size;
    /** The read-ahead's sink, so that it is not optimised away; the value means nothing. */
    int touched;
    /** Halves of a part written together the last look-up gave (not similar parts: the scorer pairs them joined). */
    int halves;

    void add(int entry) {
      if (size == candidates.length) {
        candidates = Arrays.copyOf(candidates, size * 2);
      }
      candidates[size++] = entry;
    }

    /** A half of a part written together, taken as it is (see {@link #JOINED_HALF}), not compared. */
    static int half(int tokenId) {
      return tokenId | Integer.MIN_VALUE;
    }

    static boolean isHalf(int entry) {
      return entry < 0;
    }

    static int id(int entry) {
      return entry & Integer.MAX_VALUE;
    }
  }

  long bytes() {
    long bytes = 0;
    bytes += 4L * (nameStart.length + nameTokens.length + nameEntity.length + postingStart.length + postings.length);
    bytes += postingChars.length;
    bytes += 2L * nameChars.length + 4L * nameLetters.length + nameLongest.length + nameNumbers.length;
    bytes += deletions.bytes() + phonetic.bytes() + skeletons.bytes() + loanwordKeys.bytes() + latinLoanKeys.bytes();
    for (Token token : vocabulary) {
      // the record, its string and the id map entry
      bytes += 40 + 48 + token.length() + 48;
    }
    return bytes;
  }

  static final class Builder {
    private final ReferenceData data;
    private final List<Token> vocabulary = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> loanwordIds = new HashMap<>();
    private int[] nameStart = new int[1024];
    private int[] nameTokens = new int[4096];
    private int[] nameEntity = new int[1024];
    private short[] nameChars = new short[1024];
    private int names;
    private int tokenCount;

    Builder(ReferenceData data) {
      this.data = data;
    }

    /** Adds a name of entity {@code entity}; returns its id, or -1 when it has no parts. */
    int add(int entity, List<String> tokens) {
      return add(entity, tokens, java.util.Set.of());
    }

    /** The same, with the parts that came from a syllabic script (see {@link LoanwordKey}). */
    int add(int entity, List<String> tokens, java.util.Set<String> loanwords) {
      if (tokens.isEmpty()) {
        return -1;
      }
      if (names + 2 > nameEntity.length) {
        int grown = nameEntity.length * 2;
        nameStart = Arrays.copyOf(nameStart, grown + 1);
        nameEntity = Arrays.copyOf(nameEntity, grown);
        nameChars = Arrays.copyOf(nameChars, grown);
      }
      while (tokenCount + tokens.size() > nameTokens.length) {
        nameTokens = Arrays.copyOf(nameTokens, nameTokens.length * 2);
      }
      nameStart[names] = tokenCount;
      int chars = 0;
      for (String text : tokens) {
        boolean loanword = !loanwords.isEmpty() && loanwords.contains(text);
        Map<String, Integer> byText = loanword ? loanwordIds : ids;
        Integer id = byText.get(text);
        if (id == null) {
          id = vocabulary.size();
          vocabulary.add(Token.of(text, data, loanword));
          byText.put(text, id);
        }
        nameTokens[tokenCount++] = id;
        chars += text.length();
      }
      nameEntity[names] = entity;
      nameChars[names] = (short) Math.min(Short.MAX_VALUE, chars);
      nameStart[names + 1] = tokenCount;
      return names++;
    }

    NameIndex build() {
      return new NameIndex(this);
    }
  }
}
