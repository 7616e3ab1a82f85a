package io.tillid.screening.internal.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * OFAC's legacy CSV files: a folder with {@code sdn.csv}, {@code add.csv}, {@code alt.csv} and
 * optionally {@code sdn_comments.csv} (no header rows; {@code -0- } for empty). Individuals'
 * {@code LAST, First} names are turned to natural order; remarks give birth dates, nationality and
 * documents; weak a.k.a.s (in the remarks) are weak names.
 */
public final class OfacCsvParser implements ListParser {

  @Override
  public String source() {
    return "ofac-csv";
  }

  @Override
  public String list() {
    return "ofac-sdn";
  }

  @Override
  public ParsedList parse(Path file, ParseProgress progress) throws ListFormatException {
    Path folder = FileNames.folderOf(file);
    Map<String, String> comments = new HashMap<>();
    Map<String, List<String>> aliases = new HashMap<>();
    Map<String, List<String>> countries = new HashMap<>();
    Path commentFile = folder.resolve("sdn_comments.csv");
    if (Files.isRegularFile(commentFile)) {
      read(commentFile, 2, row -> comments.merge(row.get(0), Objects.toString(row.get(1), ""), String::concat));
    }
    read(folder.resolve("alt.csv"), 5, row -> aliases.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(3)));
    read(folder.resolve("add.csv"), 6, row -> countries.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(4)));
    EntityCollector entities = new EntityCollector(progress);
    read(folder.resolve("sdn.csv"), 12, row -> {
      String id = row.get(0);
      EntityBuilder entity = new EntityBuilder(list(), id).type(type(row.get(2)));
      boolean person = entity.type() == EntityType.PERSON;
      entity.name(person ? OfacRemarks.naturalOrder(row.get(1)) : row.get(1), false);
      for (String alias : aliases.getOrDefault(id, List.of())) {
        entity.name(person ? OfacRemarks.naturalOrder(alias) : alias, false);
      }
      countries.getOrDefault(id, List.of()).forEach(country -> entity.country(Countries.iso2(country)));
      EntityBuilder.splitNonBlank(row.get(3), "\\] \\[").forEach(program -> entity.program(program.replaceAll("[\\[\\]]", "")));
      OfacRemarks.read(Objects.toString(row.get(11), "") + comments.getOrDefault(id, ""), entity);
      return entity;
    }, entities);
    return ParsedList.full(entities.finish(), List.of());
  }

  private static EntityType type(String value) {
    return switch (value == null ? "" : value) {
      case "individual" -> EntityType.PERSON;
      case "vessel" -> EntityType.VESSEL;
      case "aircraft" -> EntityType.AIRCRAFT;
      default -> EntityType.ORGANIZATION;
    };
  }

  private interface RowHandler {
    void accept(List<String> row);
  }

  private interface EntityRow {
    EntityBuilder toEntity(List<String> row);
  }

  private static void read(Path path, int columns, RowHandler handler) throws ListFormatException {
    read(path, columns, row -> {
      handler.accept(row);
      return null;
    }, null);
  }

  private static void read(Path path, int columns, EntityRow mapper, EntityCollector into) throws ListFormatException {
    String name = FileNames.of(path);
    if (!Files.isRegularFile(path)) {
      throw new ListFormatException(name, "missing from the folder");
    }
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      CsvReader csv = new CsvReader(in, ',', name);
      for (List<String> raw = csv.next(); raw != null; raw = csv.next()) {
        if (raw.size() < 2) {
          continue;
        }
        if (raw.size() != columns) {
          throw new ListFormatException(csv.position(), "expected " + columns + " fields, found " + raw.size());
        }
        List<String> row = raw.stream().map(OfacCsvParser::value).toList();
        if (row.get(0) == null || !row.get(0).matches("\\d+")) {
          throw new ListFormatException(csv.position(), "the entry number is not a number");
        }
        EntityBuilder entity = mapper.toEntity(row);
        if (entity != null) {
          if (!entity.hasName()) {
            throw new ListFormatException(csv.position(), "the entry has no name");
          }
          into.add(entity.build());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new ListFormatException(name, "cannot be read as UTF-8 text");
    }
  }

  /** Stripped; {@code -0-} and blank become null. */
  private static String value(String field) {
    String text = field.strip();
    return text.isEmpty() || "-0-".equals(text) ? null : text;
  }
}
