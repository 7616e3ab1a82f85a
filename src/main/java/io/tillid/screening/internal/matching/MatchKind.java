package io.tillid.screening.internal.matching;

import java.util.Locale;

/** How a query name part matched a listed name part (or did not). */
public enum MatchKind {
  /** The same after normalisation (transliteration, case, diacritics). */
  EXACT,
  /** Known synonyms: one name part in different scripts or spellings, a nickname, an organisation word. */
  SYNONYM,
  /** Spellings of one name by different transliteration systems (Wladimir, Vladimir; Yuri, Juri). */
  SPELLING,
  /** They sound alike (Double Metaphone). */
  PHONETIC,
  /** Same consonants where one is written without vowels (transliterated Arabic or Hebrew script). */
  CONSONANTS,
  /** Similar spelling (Jaro-Winkler): typos, transliteration variants. */
  FUZZY,
  /** An initial against a name starting with it. */
  INITIAL,
  /** Two adjacent parts on one side written as one part on the other (Abdul Rahman, Abdulrahman). */
  JOINED,
  /** A query part the listed name lacks. */
  MISSING,
  /** A listed part the query lacks (a middle name, a patronymic). */
  EXTRA,
  /** Organisations of different legal kinds (a JSC and an LLC); the similarity is what it took away. */
  LEGAL_FORM_CONFLICT,
  /**
   * Both names are written in Han, Hangul or kana and differ in characters that transliteration
   * reads alike; the similarity is the most the name may score.
   */
  DIFFERENT_CHARACTERS,
  NONE;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
