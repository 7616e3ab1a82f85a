package io.tillid.screening.internal.lists;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what OFAC writes into the free-text Remarks of an entry ({@code DOB 19 Jun 1951; POB ...;
 * Passport 1084010 (Egypt); nationality Iran; ...}): birth dates, nationality and citizenship, and
 * identity document numbers. Items it does not know are ignored.
 */
final class OfacRemarks {

  /** Remarks' document labels and the identifier kind each stands for. */
  private static final Map<String, String> DOCUMENTS = Map.ofEntries(
      Map.entry("Passport", "passport"), Map.entry("Diplomatic Passport", "passport"),
      Map.entry("National ID No.", "national id"), Map.entry("Cedula No.", "national id"),
      Map.entry("D.N.I.", "national id"), Map.entry("Personal ID Card", "national id"),
      Map.entry("Identification Number", "national id"), Map.entry("C.U.R.P.", "national id"),
      Map.entry("National Foreign ID Number", "national id"), Map.entry("SSN", "national id"),
      Map.entry("Residency Number", "residence permit"), Map.entry("Driver's License No.", "driving licence"),
      Map.entry("Electoral Registry No.", "electoral id"), Map.entry("Birth Certificate Number", "birth certificate"),
      Map.entry("Tax ID No.", "tax id"), Map.entry("R.F.C.", "tax id"), Map.entry("RFC", "tax id"),
      Map.entry("NIT #", "tax id"), Map.entry("RUC #", "tax id"), Map.entry("Italian Fiscal Code", "tax id"),
      Map.entry("US FEIN", "tax id"), Map.entry("V.A.T. Number", "vat"),
      Map.entry("Registration Number", "registration"), Map.entry("Registration ID", "registration"),
      Map.entry("Company Number", "registration"), Map.entry("UK Company Number", "registration"),
      Map.entry("Commercial Registry Number", "registration"), Map.entry("Business Registration Number", "registration"),
      Map.entry("Public Registration Number", "registration"), Map.entry("Chamber of Commerce Number", "registration"),
      Map.entry("Matricula Mercantil No", "registration"), Map.entry("Folio Mercantil No.", "registration"),
      Map.entry("C.R. No.", "registration"), Map.entry("D-U-N-S Number", "duns"),
      Map.entry("Vessel Registration Identification", "imo"), Map.entry("MMSI", "mmsi"),
      Map.entry("Aircraft Tail Number", "aircraft tail number"));

  /** Longest first, so that {@code Diplomatic Passport} is not read as a label ending in {@code Passport}. */
  private static final List<String> LABELS = DOCUMENTS.keySet().stream()
      .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder())).toList();
  private static final Pattern YEAR_RANGE = Pattern.compile("(?:.*?)(\\d{4}) to (?:.*?)(\\d{4})");
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private OfacRemarks() {}

  /** Adds what the remarks say about the entity to it. */
  static void read(String remarks, EntityBuilder entity) {
    for (String raw : EntityBuilder.splitNonBlank(remarks, ";")) {
      String item = raw.endsWith(".") ? raw.substring(0, raw.length() - 1) : raw;
      if (item.startsWith("alt. ")) {
        item = item.substring(5);
      }
      if (item.startsWith("a.k.a. '") || item.startsWith("f.k.a. '") || item.startsWith("n.k.a. '")) {
        weakAlias(item.substring(7), entity);
      } else if (item.startsWith("DOB ")) {
        birthDates(item.substring(4), entity);
      } else if (item.startsWith("nationality ") || item.startsWith("citizen ")) {
        entity.country(Countries.iso2(item.substring(item.indexOf(' ') + 1)));
      } else {
        document(item, entity);
      }
    }
  }

  /** Legacy OFAC files write weak a.k.a.s into the remarks, in single quotes. */
  private static void weakAlias(String quoted, EntityBuilder entity) {
    String name = quoted.endsWith("'") ? quoted.substring(1, quoted.length() - 1) : quoted.substring(1);
    entity.name(entity.type() == EntityType.PERSON ? naturalOrder(name) : name, true);
  }

  static void birthDates(String text, EntityBuilder entity) {
    String value = text.startsWith("circa ") ? text.substring(6) : text;
    Matcher range = YEAR_RANGE.matcher(value);
    if (range.matches()) {
      int from = Integer.parseInt(range.group(1));
      int to = Integer.parseInt(range.group(2));
      for (int year = from; year <= to && to - from <= 10; year++) {
        entity.birthDate(safe(year, null, null));
      }
      if (to - from > 10) {
        entity.birthDate(safe(from, null, null)).birthDate(safe(to, null, null));
      }
      return;
    }
    entity.birthDate(date(value));
  }

  /** {@code 19 Jun 1951}, {@code Jun 1951} or {@code 1951}; null for anything else. */
  static PartialDate date(String text) {
    String[] parts = text.strip().split(" ");
    try {
      return switch (parts.length) {
        case 1 -> safe(Integer.parseInt(parts[0]), null, null);
        case 2 -> safe(Integer.parseInt(parts[1]), month(parts[0]), null);
        case 3 -> safe(Integer.parseInt(parts[2]), month(parts[1]), Integer.valueOf(parts[0]));
        default -> null;
      };
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Integer month(String name) {
    Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, Math.min(3, name.length())));
    if (month == null) {
      throw new NumberFormatException("month");
    }
    return month;
  }

  static PartialDate safe(int year, Integer month, Integer day) {
    try {
      return new PartialDate(year, month, month == null ? null : day);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void document(String item, EntityBuilder entity) {
    for (String label : LABELS) {
      if (item.startsWith(label + " ")) {
        String rest = item.substring(label.length() + 1);
        if (rest.startsWith("IMO ")) {
          rest = rest.substring(4);
        }
        int space = rest.indexOf(' ');
        String number = (space < 0 ? rest : rest.substring(0, space)).replaceAll("[,;:]+$", "");
        String country = null;
        int open = rest.lastIndexOf('(');
        if (open > 0 && rest.endsWith(")")) {
          country = Countries.iso2(rest.substring(open + 1, rest.length() - 1));
        }
        if (!number.isEmpty() && Character.isLetterOrDigit(number.charAt(0))) {
          entity.identifier(DOCUMENTS.get(label), number, country);
        }
        return;
      }
    }
  }

  /** The identifier kind for an OFAC document label such as {@code Passport}, or null when it is none. */
  static String kindOf(String label) {
    return DOCUMENTS.get(label);
  }

  /** The individual's name in natural order: {@code LAST, First} becomes {@code First LAST}. */
  static String naturalOrder(String name) {
    List<String> parts = EntityBuilder.splitNonBlank(name, ",");
    return parts.size() == 2 ? parts.get(1) + " " + parts.get(0) : name;
  }
}
