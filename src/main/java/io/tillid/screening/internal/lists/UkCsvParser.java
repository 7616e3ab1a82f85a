package io.tillid.screening.internal.lists;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UK Sanctions List CSV (FCDO, the list that replaced OFSI's consolidated list), in its published
 * layout: an optional title line ({@code Report Date: ...}) before the header, then one row per name
 * of a designation, the rows of one designation sharing its {@code Unique ID}. Names are
 * {@code Name 1}–{@code Name 5} (given names) and {@code Name 6} (family or entity name), with
 * {@code Name type} (Primary Name, Primary Name Variation, Alias), {@code Alias strength} (low or
 * weak aliases become weak names) and the name in its own script ({@code Name non-latin script}).
 * Dates are {@code dd/mm/yyyy}, with {@code 00} or {@code dd}/{@code mm} for an unknown day or month;
 * several values in one field are numbered ({@code (1) ... (2) ...}) or separated by {@code |} or {@code ;}.
 */
@SuppressFBWarnings(value = "IMPROPER_UNICODE",
    justification = "Case mapping only compares fixed ASCII words of the list format (name types, alias strength).")
public final class UkCsvParser implements ListParser {

  private static final String ID = "Unique ID";
  private static final List<String> REQUIRED = List.of(ID, "Name 6", "Name type", "Regime Name", "D.O.B");
  private static final List<String> TYPE_COLUMNS = List.of("Designation Type", "Individual, Entity, Ship");
  private static final List<String> COUNTRY_COLUMNS = List.of("Nationality(/ies)", "Address Country",
      "Country of birth", "Current believed flag of ship");
  private static final Map<String, String> IDENTIFIERS = identifiers();
  private static final Pattern DATE = Pattern.compile("(\\d{1,2}|dd|DD)/(\\d{1,2}|mm|MM)/(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final String SEPARATORS = "\\(\\d+\\)|[|;]";

  @Override
  public String source() {
    return "uk-csv";
  }

  @Override
  public String list() {
    return "uk-sanctions";
  }

  @Override
  public ParsedList parse(Path file, ParseProgress progress) throws ListFormatException {
    String name = FileNames.of(file);
    Map<String, List<Row>> designations = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      HeaderedRows.forEachRow(in, name, ',', REQUIRED, true, (header, row, position) -> {
        String id = header.get(row, ID);
        if (id == null) {
          throw new ListFormatException(position, "the row has no " + ID);
        }
        designations.computeIfAbsent(id, key -> new ArrayList<>()).add(new Row(header, row, position));
      });
    } catch (IOException | UncheckedIOException e) {
      throw new ListFormatException(name, "cannot be read (not UTF-8 text)");
    }
    EntityCollector entities = new EntityCollector(progress);
    for (Map.Entry<String, List<Row>> designation : designations.entrySet()) {
      entities.add(entity(designation.getKey(), designation.getValue()));
    }
    return ParsedList.full(entities.finish(), List.of());
  }

  private record Row(HeaderRow header, List<String> values, String position) {

    String get(String column) {
      return header.get(values, column);
    }

    /** Primary names first, then their variations, then aliases. */
    int rank() {
      String type = get("Name type");
      String kind = type == null ? "" : type.toLowerCase(Locale.ROOT);
      return kind.equals("primary name") ? 0 : kind.startsWith("primary") ? 1 : 2;
    }
  }

  private WatchlistEntity entity(String id, List<Row> rows) throws ListFormatException {
    EntityBuilder entity = new EntityBuilder(list(), id);
    List<Row> ordered = rows.stream().sorted(Comparator.comparingInt(Row::rank)).toList();
    for (Row row : ordered) {
      if (entity.type() == EntityType.UNKNOWN) {
        TYPE_COLUMNS.stream().map(row::get).filter(value -> value != null).findFirst()
            .ifPresent(value -> entity.type(type(value)));
      }
      String strength = row.get("Alias strength");
      boolean weak = strength != null && (strength.toLowerCase(Locale.ROOT).contains("low")
          || strength.toLowerCase(Locale.ROOT).contains("weak"));
      List<String> parts = new ArrayList<>();
      for (String column : List.of("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")) {
        String part = row.get(column);
        if (part != null) {
          parts.add(part);
        }
      }
      entity.name(String.join(" ", parts), weak);
      entity.name(row.get("Name non-latin script"), weak);
      entity.program(row.get("Regime Name"));
      for (String date : EntityBuilder.splitNonBlank(row.get("D.O.B"), SEPARATORS)) {
        entity.birthDate(date(date));
      }
      entity.listedOn(date(row.get("Date Designated")));
      for (String column : COUNTRY_COLUMNS) {
        EntityBuilder.splitNonBlank(row.get(column), SEPARATORS).forEach(country -> entity.country(Countries.iso2(country)));
      }
      IDENTIFIERS.forEach((column, kind) -> EntityBuilder.splitNonBlank(row.get(column), SEPARATORS)
          .forEach(number -> entity.identifier(kind, number, null)));
    }
    if (!entity.hasName()) {
      throw new ListFormatException(rows.get(0).position(), "the entry has no name");
    }
    return entity.build();
  }

  /** {@code dd/mm/yyyy} (unknown parts {@code 00}, {@code dd}, {@code mm}) or a year; null when neither. */
  static PartialDate date(String text) {
    if (text == null) {
      return null;
    }
    Matcher full = DATE.matcher(text.strip());
    try {
      if (full.matches()) {
        Integer month = number(full.group(2));
        Integer day = month == null ? null : number(full.group(1));
        return new PartialDate(Integer.parseInt(full.group(3)), month, day);
      }
      if (YEAR.matcher(text.strip()).matches()) {
        return new PartialDate(Integer.parseInt(text.strip()), null, null);
      }
    } catch (IllegalArgumentException e) {
      // an impossible date (31/02/1970) is left out, not guessed
    }
    return null;
  }

  private static Integer number(String part) {
    if (!Character.isDigit(part.charAt(0))) {
      return null;
    }
    int value = Integer.parseInt(part);
    return value == 0 ? null : value;
  }

  private static EntityType type(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "individual" -> EntityType.PERSON;
      case "entity" -> EntityType.ORGANIZATION;
      case "ship" -> EntityType.VESSEL;
      default -> EntityType.UNKNOWN;
    };
  }

  private static Map<String, String> identifiers() {
    Map<String, String> kinds = new LinkedHashMap<>();
    kinds.put("Passport number", "passport");
    kinds.put("National Identifier number", "national id");
    kinds.put("Business registration number (s)", "registration");
    kinds.put("IMO number", "imo");
    return kinds;
  }
}
