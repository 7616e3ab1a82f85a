package io.tillid.screening.internal.lists;

import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Senzing entity JSON, one record a line, as OpenSanctions exports its PEP datasets:
 * {@code RECORD_ID}, {@code RECORD_TYPE}, {@code NAMES}, {@code DATES}, {@code COUNTRIES},
 * {@code IDENTIFIERS} and {@code RISKS} (topics such as {@code role.pep}, kept as programmes).
 */
public final class SenzingParser implements ListParser {

  @Override
  public String source() {
    return "senzing";
  }

  @Override
  public String list() {
    return "senzing";
  }

  @Override
  public ParsedList parse(Path file, ParseProgress progress) throws ListFormatException {
    EntityCollector entities = new EntityCollector(progress);
    JsonLines.read(file, (record, position) -> {
      String id = first(record.get("RECORD_ID"));
      if (id == null) {
        throw new ListFormatException(position, "the record has no RECORD_ID");
      }
      String type = first(record.get("RECORD_TYPE"));
      EntityBuilder entity = new EntityBuilder(list(), id).type("PERSON".equals(type) ? EntityType.PERSON
          : "ORGANIZATION".equals(type) ? EntityType.ORGANIZATION : EntityType.UNKNOWN);
      for (JsonNode name : record.path("NAMES").values()) {
        String full = first(name.get("NAME_FULL"));
        String org = first(name.get("NAME_ORG"));
        String given = first(name.get("NAME_FIRST"));
        String last = first(name.get("NAME_LAST"));
        String parts = given == null ? last : last == null ? given : given + " " + last;
        entity.name(full != null ? full : org != null ? org : parts, false);
      }
      for (JsonNode date : record.path("DATES").values()) {
        String birth = first(date.get("DATE_OF_BIRTH"));
        if (birth != null) {
          try {
            entity.birthDate(PartialDate.parse(birth.length() > 10 ? birth.substring(0, 10) : birth));
          } catch (IllegalArgumentException e) {
            // an unreadable date is left out, not guessed
          }
        }
      }
      record.path("COUNTRIES").values().forEach(country ->
          country.values().forEach(value -> entity.country(Countries.iso2(first(value)))));
      for (JsonNode identifier : record.path("IDENTIFIERS").values()) {
        entity.identifier("passport", first(identifier.get("PASSPORT_NUMBER")), Countries.iso2(first(identifier.get("PASSPORT_COUNTRY"))));
        entity.identifier("national id", first(identifier.get("NATIONAL_ID_NUMBER")),
            Countries.iso2(first(identifier.get("NATIONAL_ID_COUNTRY"))));
        entity.identifier("tax id", first(identifier.get("TAX_ID_NUMBER")), Countries.iso2(first(identifier.get("TAX_ID_COUNTRY"))));
      }
      record.path("RISKS").values().forEach(risk -> entity.program(first(risk.get("TOPIC"))));
      if (!entity.hasName()) {
        throw new ListFormatException(position, "the record has no name");
      }
      entities.add(entity.build());
    });
    return ParsedList.full(entities.finish(), List.of());
  }

  private static String first(JsonNode node) {
    List<String> values = JsonLines.strings(node);
    return values.isEmpty() ? null : values.get(0);
  }
}
