package io.tillid.screening.internal.matching;

import java.util.List;

/**
 * Why a match scored what it did, as data the API returns as {@code explanation}.
 *
 * @param nameScore the name's score before the other factors (weak aliases already discounted)
 * @param weakAlias whether the matched name is one the list calls weak or low quality
 * @param tokens per name part: which query part matched which listed part, and how
 * @param factors every other piece of evidence and what it added or took away
 */
public record Explanation(double nameScore, boolean weakAlias, List<TokenMatch> tokens, List<Factor> factors) {

  public Explanation {
    tokens = List.copyOf(tokens);
    factors = List.copyOf(factors);
  }

  /**
   * One pairing of name parts (normalised: transliterated, lower case).
   *
   * @param query the query's part(s), or null for a listed part the query lacks
   * @param listed the listed part(s), or null for a query part the listed name lacks
   * @param how exact, synonym, phonetic, consonants, fuzzy, initial, joined, missing, extra
   * @param similarity 0 to 1
   */
  public record TokenMatch(String query, String listed, String how, double similarity) {}

  /**
   * One non-name factor.
   *
   * @param factor {@code type}, {@code birthDate}, {@code country}, {@code identifier}
   * @param outcome what was found: {@code match}, {@code year-match}, {@code conflict}, ...
   * @param contribution what it added to the score (negative: took away)
   */
  public record Factor(String factor, String outcome, double contribution) {}
}
