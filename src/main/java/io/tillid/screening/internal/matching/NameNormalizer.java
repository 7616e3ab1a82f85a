package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.EntityType;
import java.util.ArrayList;
import java.util.List;

/**
 * A name as the tokens that are compared: transliterated to ASCII Latin, lower case, punctuation
 * as separators (apostrophes dropped: O'Brien is obrien), titles before a person's name dropped
 * (Mr, President), legal forms of organisations dropped (GmbH, limited liability company). Token
 * order is kept but scoring ignores it, so "PUTIN, Vladimir" and "Vladimir Putin" are the same
 * tokens.
 */
final class NameNormalizer {

  /** Names longer than this are cut for matching: no real name has more parts. */
  static final int MAX_TOKENS = 24;

  private final ReferenceData data;

  NameNormalizer(ReferenceData data) {
    this.data = data;
  }

  /**
   * A name as parts, and the kind of legal form it had (null for none or a person).
   */
  record Normalized(List<String> tokens, String legalForm) {}

  /** Tokens of a name of an entity of the given type (UNKNOWN: person titles and legal forms both go). */
  List<String> tokens(String name, EntityType type) {
    return normalize(name, type).tokens();
  }

  Normalized normalize(String name, EntityType type) {
    List<String> tokens = rawTokens(name);
    if (tokens.size() > MAX_TOKENS) {
      tokens = new ArrayList<>(tokens.subList(0, MAX_TOKENS));
    }
    if (type == EntityType.PERSON || type == EntityType.UNKNOWN) {
      tokens = dropLeadingPrefixes(tokens);
    }
    String[] legalForm = new String[1];
    if (type != EntityType.PERSON) {
      tokens = dropLegalForms(tokens, legalForm);
    }
    return new Normalized(tokens, legalForm[0]);
  }

  private List<String> dropLeadingPrefixes(List<String> tokens) {
    int start = 0;
    boolean found = true;
    while (found && tokens.size() - start > 1 && data.phraseStarts.contains(tokens.get(start))) {
      found = false;
      for (int length = Math.min(data.longestPhrase, tokens.size() - start - 1); length >= 1; length--) {
        if (data.personPrefixes.contains(String.join(" ", tokens.subList(start, start + length)))) {
          start += length;
          found = true;
          break;
        }
      }
    }
    return start == 0 ? tokens : new ArrayList<>(tokens.subList(start, tokens.size()));
  }

  private List<String> dropLegalForms(List<String> tokens, String[] legalForm) {
    List<String> kept = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      int matched = 0;
      for (int length = data.phraseStarts.contains(tokens.get(i)) ? Math.min(data.longestPhrase, tokens.size() - i) : 0;
          length >= 1; length--) {
        String kind = data.legalForms.get(String.join(" ", tokens.subList(i, i + length)));
        if (kind != null) {
          matched = length;
          if (legalForm[0] == null) {
            legalForm[0] = kind;
          }
          break;
        }
      }
      if (matched == 0) {
        kept.add(tokens.get(i));
        i++;
      } else {
        i += matched;
      }
    }
    if (kept.isEmpty()) {
      legalForm[0] = null;
      return tokens;
    }
    return kept;
  }

  /** Transliterated, lower-case alphanumeric tokens, nothing dropped. */
  static List<String> rawTokens(String text) {
    String latin = Latinizer.latin(text);
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        token.append(c);
      } else if (c == '\'' || c == '\u2019' || c == '`' || c == '\u02bc' || c == '\u02b9') {
        continue;
      } else if (token.length() > 0) {
        tokens.add(token.toString());
        token.setLength(0);
      }
    }
    if (token.length() > 0) {
      tokens.add(token.toString());
    }
    return tokens;
  }
}
