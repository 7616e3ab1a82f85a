package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A name as the tokens that are compared: transliterated to ASCII Latin, lower case, punctuation
 * as separators (apostrophes dropped: O'Brien is obrien), titles before a person's name dropped
 * (Mr, President) and those some languages write after it (Hungarian elnök), legal forms of organisations dropped (GmbH, limited liability company). Token
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
   * A name as parts, the kind of legal form it had (null for none or a person), and which parts
   * came from a script that writes foreign names by its own syllables (see {@link LoanwordKey}).
   */
  record Normalized(List<String> tokens, String legalForm, Set<String> loanwords) {

    boolean loanword(int part) {
      return !loanwords.isEmpty() && loanwords.contains(tokens.get(part));
    }
  }

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
      tokens = dropTrailingTitles(dropLeadingPrefixes(lookalikeDigits(tokens)));
    }
    String[] legalForm = new String[1];
    if (type != EntityType.PERSON) {
      tokens = dropLegalForms(tokens, legalForm);
    }
    if (type != EntityType.PERSON && type != EntityType.UNKNOWN) {
      tokens = joinLetters(numbers(tokens));
    }
    String loanwordText = Latinizer.loanwordText(name);
    Set<String> loanwords = loanwordText == null ? Set.of() : Set.copyOf(rawTokens(loanwordText));
    return new Normalized(tokens, legalForm[0], loanwords);
  }

  /** The letters that digits written inside a word stand for (I9or Sech1n is Igor Sechin); 2 stands for none. */
  private static final String LOOKALIKES = "o i 2 e a s b t b g";

  /**
   * A person's name part with digits between letters is written to slip past a filter (I9or
   * Sech1n, Pu7in): each such digit is read as the letter it looks like. A digit at either end of
   * a part stays a digit (a number or code in the name).
   */
  static List<String> lookalikeDigits(List<String> tokens) {
    List<String> out = null;
    for (int k = 0; k < tokens.size(); k++) {
      String token = tokens.get(k);
      String read = lookalikes(token);
      if (!read.equals(token) && out == null) {
        out = new ArrayList<>(tokens.subList(0, k));
      }
      if (out != null) {
        out.add(read);
      }
    }
    return out == null ? tokens : out;
  }

  private static String lookalikes(String token) {
    char[] chars = null;
    for (int i = 1; i + 1 < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= '0' && c <= '9' && Character.isLetter(token.charAt(i - 1)) && Character.isLetter(token.charAt(i + 1))) {
        chars = chars == null ? token.toCharArray() : chars;
        chars[i] = LOOKALIKES.charAt(2 * (c - '0'));
      }
    }
    for (int i = 0; chars != null && i < chars.length; i++) {
      if (chars[i] >= '0' && chars[i] <= '9') {
        return token;
      }
    }
    return chars == null ? token : new String(chars);
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

  /**
   * Titles some languages write after the name (Hungarian Putyin elnök, Chinese 普京总统: President
   * Putin), as the last parts; a name that is only a title keeps it.
   */
  private List<String> dropTrailingTitles(List<String> tokens) {
    if (tokens.size() < 2 || !data.suffixEnds.contains(tokens.get(tokens.size() - 1))) {
      return tokens;
    }
    for (int length = Math.min(data.longestSuffix, tokens.size() - 1); length >= 1; length--) {
      int from = tokens.size() - length;
      if (data.personSuffixes.contains(length == 1 ? tokens.get(from) : String.join(" ", tokens.subList(from, tokens.size())))) {
        return new ArrayList<>(tokens.subList(0, from));
      }
    }
    return tokens;
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

  private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen");
  private static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth",
      "sixth", "seventh", "eighth", "ninth", "tenth");
  /** Tens from twenty; "fourty" is a spelling common enough in names to be read as forty. */
  private static final java.util.Map<String, Integer> TENS = java.util.Map.of("twenty", 20, "thirty", 30,
      "forty", 40, "fourty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

  /**
   * English number words and ordinals of organisation names as digits (Brigade Forty-Four, Brigade
   * 44; First International Bank, 1st International Bank; Three Percenters, 3 Percenters): a tens
   * word followed by a unit (a word or one digit) is one number.
   */
  static List<String> numbers(List<String> tokens) {
    List<String> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String number = numberOf(token);
      Integer tens = TENS.get(token);
      if (tens != null && i + 1 < tokens.size()) {
        String next = numberOf(tokens.get(i + 1));
        int unit = next == null ? 0 : Integer.parseInt(next);
        if (unit >= 1 && unit <= 9) {
          number = String.valueOf(tens + unit);
          if (out == null) {
            out = new ArrayList<>(tokens.subList(0, i));
          }
          out.add(number);
          i++;
          continue;
        }
      }
      if (number != null && !number.equals(token) && out == null) {
        out = new ArrayList<>(tokens.subList(0, i));
      }
      if (out != null) {
        out.add(number == null ? token : number);
      }
    }
    return out == null ? tokens : out;
  }

  /** The digits a number word, ordinal word or ordinal (1st, 2nd) stands for, the token if it is digits, else null. */
  private static String numberOf(String token) {
    int unit = UNITS.indexOf(token);
    if (unit < 0) {
      unit = ORDINALS.indexOf(token);
    }
    if (unit >= 0) {
      return String.valueOf(unit);
    }
    Integer tens = TENS.get(token);
    if (tens != null) {
      return String.valueOf(tens);
    }
    int digits = 0;
    while (digits < token.length() && Character.isDigit(token.charAt(digits))) {
      digits++;
    }
    if (digits == 0) {
      return null;
    }
    String rest = token.substring(digits);
    return rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th")
        ? token.substring(0, digits) : null;
  }

  /**
   * Runs of two or more single letters of an organisation's name as one part: A.B.C. Company is
   * ABC Company (and C.B.A. is not); letters joined by "and" or "&" too (H&M, H and M). People's
   * initials stay apart, each standing for a name.
   */
  static List<String> joinLetters(List<String> tokens) {
    List<String> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      StringBuilder letters = new StringBuilder();
      int end = i;
      while (end < tokens.size() && letter(tokens.get(end))) {
        letters.append(tokens.get(end));
        end++;
        if (end + 1 < tokens.size() && tokens.get(end).equals("and") && letter(tokens.get(end + 1))) {
          end++;
        }
      }
      if (letters.length() >= 2) {
        if (out == null) {
          out = new ArrayList<>(tokens.subList(0, i));
        }
        out.add(letters.toString());
        i = end - 1;
      } else if (out != null) {
        out.add(tokens.get(i));
      }
    }
    return out == null ? tokens : out;
  }

  private static boolean letter(String token) {
    return token.length() == 1 && Character.isLetter(token.charAt(0));
  }

  /**
   * A listed name written as alternatives with a slash between words (Al-Qa'ida/Islamic Army) as
   * the alternatives, after the whole name; a slash with fewer than three letters on either side
   * belongs to the name (A/S, I/S, c/o, 1/2). Just the whole name when there is no such slash.
   */
  static List<String> alternatives(String name) {
    List<String> out = null;
    int from = 0;
    for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
      if (letters(name, i, -1) >= 3 && letters(name, i, 1) >= 3) {
        if (out == null) {
          out = new ArrayList<>(3);
          out.add(name);
        }
        out.add(name.substring(from, i).strip());
        from = i + 1;
      }
    }
    if (out == null) {
      return List.of(name);
    }
    out.add(name.substring(from).strip());
    return out;
  }

  /**
   * A query's words written together with capitals (FridrichBuchenberg, McDonald) apart, so each
   * can pair with a listed part; a listed name written either way still pairs, as two query parts
   * may pair with one listed part (Mc Donald, Mcdonald). In a person's name written in mixed case,
   * a word of two or three capitals without a vowel is initials (JC Juncker is J. C. Juncker; AL in
   * AL BEN ALI, Isa is a name). Only for queries:
   * the index finds a listed part written as the query's parts together, not the reverse.
   */
  static String apartAtCapitals(String name, boolean person) {
    boolean mixedCase = false;
    for (int i = 1; i < name.length() && !mixedCase; i++) {
      mixedCase = Character.isLowerCase(name.charAt(i)) && Character.isUpperCase(name.charAt(i - 1));
    }
    if (!mixedCase) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1))) {
        out.append(' ');
      }
      out.append(c);
      if (person && capital(c) && i + 1 < name.length() && capital(name.charAt(i + 1))) {
        int end = i;
        while (end < name.length() && capital(name.charAt(end))) {
          end++;
        }
        boolean word = (i == 0 || !Character.isLetter(name.charAt(i - 1)))
            && (end == name.length() || name.charAt(end) == ' ' || name.charAt(end) == ',' || name.charAt(end) == '.');
        if (word && end - i <= 3 && TokenKeys.vowelless(name.substring(i, end).toLowerCase(java.util.Locale.ROOT))) {
          for (int k = i + 1; k < end; k++) {
            out.append(' ').append(name.charAt(k));
          }
          i = end - 1;
        }
      }
    }
    return out.toString();
  }

  private static boolean capital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Letters in a row from beside position i in the given direction. */
  private static int letters(String text, int i, int direction) {
    int count = 0;
    for (int k = i + direction; k >= 0 && k < text.length() && Character.isLetter(text.charAt(k)); k += direction) {
      count++;
    }
    return count;
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
      } else if (c == '\'' || c == '\u2019' || c == '`' || c == '\u02bc' || c == '\u02b9' || c == '\u02bf'
          || c == '\u02be' || c == '\u200c') {
        // apostrophes, the ayn and hamza ICU writes for Arabic ع and ء (سعيد is syd, not s yd), and the
        // Persian zero-width non-joiner inside a word (پزشک‌فر) belong to the word
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
