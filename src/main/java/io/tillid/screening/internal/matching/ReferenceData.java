package io.tillid.screening.internal.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The name reference data shipped under {@code screening/} (copied from opensanctions/rigour, MIT;
 * see the README there, with Tillid's own additions): person title prefixes and suffixes,
 * organisation legal forms, and synonym groups of name parts and organisation words. Everything is normalised the way names are, so look-ups are
 * token look-ups.
 */
final class ReferenceData {

  /** Phrases (tokens joined by one space) that are titles before a person's name. */
  final Set<String> personPrefixes;
  /** Phrases that are titles after a person's name (Hungarian elnök, Chinese 总统: President). */
  final Set<String> personSuffixes;
  /** Longest phrase of {@link #personSuffixes}, in tokens. */
  final int longestSuffix;
  /** Last tokens of the suffix phrases: a name that ends in none has no title after it. */
  final Set<String> suffixEnds;
  /**
   * Phrases that are legal forms of organisations (GmbH, limited liability company) to the kind
   * they stand for (rigour's generic form, else its compare or display form): two names of
   * different kinds (a JSC and an LLC) are different organisations.
   */
  final Map<String, String> legalForms;
  /** Single tokens to the synonym groups they belong to (name parts across scripts, org words, nicknames). */
  final Map<String, int[]> symbolGroups;
  /** First tokens of the phrases above: a name part that starts none needs no phrase look-up. */
  final Set<String> phraseStarts;
  /** Longest phrase in either phrase set, in tokens. */
  final int longestPhrase;

  private ReferenceData(Set<String> personPrefixes, Set<String> personSuffixes, Map<String, String> legalForms,
      Map<String, int[]> symbolGroups) {
    this.personPrefixes = Set.copyOf(personPrefixes);
    this.personSuffixes = Set.copyOf(personSuffixes);
    int longestSuffix = 1;
    Set<String> ends = new HashSet<>();
    for (String phrase : this.personSuffixes) {
      String[] words = phrase.split(" ");
      longestSuffix = Math.max(longestSuffix, words.length);
      ends.add(words[words.length - 1]);
    }
    this.longestSuffix = longestSuffix;
    this.suffixEnds = Set.copyOf(ends);
    this.legalForms = Map.copyOf(legalForms);
    this.symbolGroups = Map.copyOf(symbolGroups);
    int longest = 1;
    Set<String> starts = new HashSet<>();
    for (Set<String> phrases : List.of(this.personPrefixes, this.legalForms.keySet())) {
      for (String phrase : phrases) {
        String[] words = phrase.split(" ");
        longest = Math.max(longest, words.length);
        starts.add(words[0]);
      }
    }
    this.longestPhrase = longest;
    this.phraseStarts = Set.copyOf(starts);
  }

  private static volatile ReferenceData standard;

  /** The data shipped in the jar, loaded once. */
  static ReferenceData standard() {
    ReferenceData data = standard;
    if (data == null) {
      synchronized (ReferenceData.class) {
        data = standard;
        if (data == null) {
          data = load();
          standard = data;
        }
      }
    }
    return data;
  }

  @SuppressWarnings("unchecked")
  private static ReferenceData load() {
    Map<String, Object> stopwords = yaml("screening/name_stopwords.yml");
    Map<String, Object> types = yaml("screening/org_types.yml");
    Map<String, Object> symbols = yaml("screening/org_symbols.yml");

    Set<String> prefixes = new HashSet<>();
    for (Object prefix : list(stopwords.get("PERSON_NAME_PREFIXES"))) {
      addPhrase(prefixes, prefix);
    }
    Map<String, Object> tillidPrefixes = yaml("screening/tillid_name_prefixes.yml");
    for (Object prefix : list(tillidPrefixes.get("PERSON_NAME_PREFIXES"))) {
      addPhrase(prefixes, prefix);
    }
    Set<String> suffixes = new HashSet<>();
    for (Object suffix : list(tillidPrefixes.get("PERSON_NAME_SUFFIXES"))) {
      addPhrase(suffixes, suffix);
    }
    Map<String, String> legal = new HashMap<>();
    for (Object entry : list(types.get("types"))) {
      if (entry instanceof Map<?, ?> type) {
        Object kind = type.get("generic") != null ? type.get("generic")
            : type.get("compare") != null ? type.get("compare") : type.get("display");
        String canonical = String.join(" ", NameNormalizer.rawTokens(String.valueOf(kind)));
        Set<String> phrases = new HashSet<>();
        addPhrase(phrases, type.get("display"));
        addPhrase(phrases, type.get("compare"));
        for (Object alias : list(type.get("aliases"))) {
          addPhrase(phrases, alias);
        }
        for (String phrase : phrases) {
          legal.putIfAbsent(phrase, canonical);
        }
      }
    }
    Map<String, List<Integer>> groups = new HashMap<>();
    int group = 0;
    Map<String, Object> tillidParts = yaml("screening/tillid_name_parts.yml");
    for (String section : List.of("org_symbols", "person_symbols", "person_nick", "person_name_parts", "tillid")) {
      Object groupsOfSection = section.equals("tillid") ? tillidParts.get("person_name_parts") : symbols.get(section);
      if (!(groupsOfSection instanceof Map<?, ?> map)) {
        continue;
      }
      for (Map.Entry<?, ?> entry : ((Map<Object, Object>) map).entrySet()) {
        List<Object> members = new ArrayList<>(list(entry.getValue()));
        members.add(entry.getKey());
        int id = group++;
        for (Object member : members) {
          List<String> tokens = member == null ? List.of() : NameNormalizer.rawTokens(String.valueOf(member));
          if (tokens.size() == 1) {
            List<Integer> of = groups.computeIfAbsent(tokens.get(0), k -> new ArrayList<>());
            if (!of.contains(id)) {
              of.add(id);
            }
          }
        }
      }
    }
    Map<String, int[]> symbolGroups = new HashMap<>();
    groups.forEach((token, ids) -> symbolGroups.put(token, ids.stream().mapToInt(Integer::intValue).toArray()));
    return new ReferenceData(prefixes, suffixes, legal, symbolGroups);
  }

  private static void addPhrase(Set<String> phrases, Object phrase) {
    if (phrase != null) {
      List<String> tokens = NameNormalizer.rawTokens(String.valueOf(phrase));
      if (!tokens.isEmpty()) {
        phrases.add(String.join(" ", tokens));
      }
    }
  }

  private static List<?> list(Object value) {
    return value instanceof List<?> list ? list : List.of();
  }

  private static Map<String, Object> yaml(String resource) {
    ClassLoader loader = ReferenceData.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(8 * 1024 * 1024);
      Object root = new Yaml(new SafeConstructor(options)).load(in);
      @SuppressWarnings("unchecked")
      Map<String, Object> map = root instanceof Map<?, ?> ? (Map<String, Object>) root : Map.of();
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
