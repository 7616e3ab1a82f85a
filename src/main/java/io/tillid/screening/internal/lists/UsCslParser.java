package io.tillid.screening.internal.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The US Consolidated Screening List CSV (trade.gov), in the current 29-column layout (with
 * {@code _id}) or the older 28-column one, plain or gzipped. Multi-valued fields are {@code ; }-separated.
 * The entity id is {@code _id}, or, in the old layout, a hash of source, entity number and name.
 */
public final class UsCslParser implements ListParser {

  private static final List<String> REQUIRED = List.of("source", "name", "type", "alt_names", "dates_of_birth");

  @Override
  public String source() {
    return "us-csl";
  }

  @Override
  public String list() {
    return "us-csl";
  }

  @Override
  public ParsedList parse(Path file, ParseProgress progress) throws ListFormatException {
    String name = FileNames.of(file);
    EntityCollector entities = new EntityCollector(progress);
    try (InputStream raw = Files.newInputStream(file);
        BufferedReader in = new BufferedReader(new InputStreamReader(
            name.endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
      HeaderedRows.read(in, name, ',', REQUIRED, this::entity, entities);
    } catch (IOException | UncheckedIOException e) {
      throw new ListFormatException(name, "cannot be read (" + (e instanceof java.io.EOFException
          ? "the compressed file ends early" : "not UTF-8 text or not gzip") + ")");
    }
    return ParsedList.full(entities.finish(), List.of());
  }

  private EntityBuilder entity(HeaderRow header, List<String> row) {
    String id = header.get(row, "_id");
    if (id == null) {
      id = StableId.of("csl-", header.get(row, "source"), header.get(row, "entity_number"), header.get(row, "name"),
          header.get(row, "addresses"));
    }
    EntityBuilder entity = new EntityBuilder(list(), id).type(type(header.get(row, "type")));
    boolean person = entity.type() == EntityType.PERSON;
    String primary = header.get(row, "name");
    entity.name(person && primary != null ? OfacRemarks.naturalOrder(primary) : primary, false);
    for (String alias : EntityBuilder.splitNonBlank(header.get(row, "alt_names"), "; ")) {
      entity.name(person ? OfacRemarks.naturalOrder(alias) : alias, false);
    }
    EntityBuilder.splitNonBlank(header.get(row, "programs"), "; ").forEach(entity::program);
    for (String column : List.of("citizenships", "nationalities")) {
      EntityBuilder.splitNonBlank(header.get(row, column), "[;,] ?").forEach(c -> entity.country(Countries.iso2(c)));
    }
    for (String address : EntityBuilder.splitNonBlank(header.get(row, "addresses"), "; ")) {
      List<String> parts = EntityBuilder.splitNonBlank(address, ",");
      if (!parts.isEmpty()) {
        entity.country(Countries.iso2(parts.get(parts.size() - 1)));
      }
    }
    for (String date : EntityBuilder.splitNonBlank(header.get(row, "dates_of_birth"), "; ")) {
      birthDate(date, entity);
    }
    for (String id2 : EntityBuilder.splitNonBlank(header.get(row, "ids"), "; ")) {
      identifier(id2, entity);
    }
    return entity;
  }

  private static void birthDate(String text, EntityBuilder entity) {
    try {
      entity.birthDate(PartialDate.parse(text));
    } catch (IllegalArgumentException e) {
      OfacRemarks.birthDates(text, entity);
    }
  }

  /** {@code CC, NUMBER, Kind} or {@code CC, issued, expires, NUMBER, Kind}. */
  private static void identifier(String text, EntityBuilder entity) {
    List<String> parts = EntityBuilder.splitNonBlank(text, ",");
    if (parts.size() < 2) {
      return;
    }
    String kind = OfacRemarks.kindOf(parts.get(parts.size() - 1));
    if (kind == null) {
      return;
    }
    String country = parts.size() > 2 ? Countries.iso2(parts.get(0)) : null;
    for (int i = parts.size() - 2; i >= (country == null ? 0 : 1); i--) {
      if (!parts.get(i).matches("\\d{4}-\\d{2}-\\d{2}")) {
        entity.identifier(kind, parts.get(i), country);
        return;
      }
    }
  }

  private static EntityType type(String value) {
    return switch (value == null ? "" : value) {
      case "Individual" -> EntityType.PERSON;
      case "Entity" -> EntityType.ORGANIZATION;
      case "Vessel" -> EntityType.VESSEL;
      case "Aircraft" -> EntityType.AIRCRAFT;
      default -> EntityType.UNKNOWN;
    };
  }
}
