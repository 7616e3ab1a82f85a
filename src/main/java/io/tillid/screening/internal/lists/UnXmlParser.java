package io.tillid.screening.internal.lists;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The UN Security Council Consolidated List (XML): {@code INDIVIDUAL} and {@code ENTITY} records,
 * aliases ({@code QUALITY} Low = weak), dates of birth as a date, a year or a range of years,
 * nationalities and documents. The entity id is the record's {@code DATAID}.
 */
@SuppressFBWarnings(value = "IMPROPER_UNICODE",
    justification = "Case mapping only matches fixed ASCII keywords of the list format; nothing security-relevant is decided by it.")
public final class UnXmlParser implements ListParser {

  @Override
  public String source() {
    return "un-xml";
  }

  @Override
  public String list() {
    return "un";
  }

  @Override
  public ParsedList parse(Path file, ParseProgress progress) throws ListFormatException {
    EntityCollector entities = new EntityCollector(progress);
    XmlRecords.read(file, Set.of("INDIVIDUAL", "ENTITY"), record -> {
      String id = record.text("DATAID");
      if (id == null) {
        throw new ListFormatException(XmlRecords.position(file, record), "has no DATAID");
      }
      boolean person = record.name().equals("INDIVIDUAL");
      EntityBuilder entity = new EntityBuilder(list(), id).type(person ? EntityType.PERSON : EntityType.ORGANIZATION);
      entity.name(String.join(" ", nonNull(record.text("FIRST_NAME"), record.text("SECOND_NAME"),
          record.text("THIRD_NAME"), record.text("FOURTH_NAME"))), false);
      entity.name(record.text("NAME_ORIGINAL_SCRIPT"), false);
      for (XmlNode alias : record.children(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
        entity.name(alias.text("ALIAS_NAME"), "Low".equalsIgnoreCase(alias.text("QUALITY")));
      }
      entity.program(record.text("UN_LIST_TYPE"));
      record.children("NATIONALITY").forEach(n -> n.children("VALUE").forEach(v -> entity.country(Countries.iso2(v.text()))));
      for (XmlNode address : record.children(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
        entity.country(Countries.iso2(address.text("COUNTRY")));
      }
      record.children("INDIVIDUAL_DATE_OF_BIRTH").forEach(date -> birthDate(date, entity));
      for (XmlNode document : record.children("INDIVIDUAL_DOCUMENT")) {
        String country = document.text("ISSUING_COUNTRY");
        entity.identifier(kind(document.text("TYPE_OF_DOCUMENT")), document.text("NUMBER"),
            Countries.iso2(country == null ? document.text("COUNTRY_OF_ISSUE") : country));
      }
      if (!entity.hasName()) {
        throw new ListFormatException(XmlRecords.position(file, record), "has no name");
      }
      entities.add(entity.build());
    });
    return ParsedList.full(entities.finish(), List.of());
  }

  private static void birthDate(XmlNode date, EntityBuilder entity) {
    String exact = date.text("DATE");
    if (exact != null) {
      String[] parts = exact.split("-");
      int year = number(parts[0]);
      Integer month = parts.length > 1 && number(parts[1]) > 0 ? number(parts[1]) : null;
      Integer day = parts.length > 2 && number(parts[2]) > 0 ? number(parts[2]) : null;
      entity.birthDate(OfacRemarks.safe(year, month, day));
    }
    String year = date.text("YEAR");
    if (year != null) {
      entity.birthDate(OfacRemarks.safe(number(year), null, null));
    }
    String from = date.text("FROM_YEAR");
    String to = date.text("TO_YEAR");
    if (from != null && to != null) {
      OfacRemarks.birthDates(number(from) + " to " + number(to), entity);
    }
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String kind(String type) {
    if (type == null) {
      return "document";
    }
    String lower = type.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("passport") ? "passport" : lower.contains("national") ? "national id" : lower;
  }

  private static List<String> nonNull(String... parts) {
    return java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList();
  }
}
