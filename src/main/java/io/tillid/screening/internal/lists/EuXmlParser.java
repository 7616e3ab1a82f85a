package io.tillid.screening.internal.lists;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The EU consolidated financial sanctions list, XML (FSF export schema 1.1:
 * {@code export/sanctionEntity}, values in attributes): {@code subjectType code} person or
 * enterprise, {@code nameAlias} ({@code wholeName}, {@code strong="false"} = weak),
 * {@code birthdate}, {@code citizen}, {@code identification}, {@code address} and the
 * {@code regulation programme}. The entity id is the entry's {@code logicalId}.
 */
@SuppressFBWarnings(value = "IMPROPER_UNICODE",
    justification = "Case-insensitive matching only of fixed ASCII codes of the format.")
public final class EuXmlParser implements ListParser {

  @Override
  public String source() {
    return "eu-xml";
  }

  @Override
  public String list() {
    return "eu-fsf";
  }

  @Override
  public ParsedList parse(Path file, ParseProgress progress) throws ListFormatException {
    EntityCollector entities = new EntityCollector(progress);
    XmlRecords.read(file, Set.of("sanctionEntity"), record -> {
      String id = record.attribute("logicalId");
      if (id == null) {
        throw new ListFormatException(XmlRecords.position(file, record), "has no logicalId");
      }
      XmlNode subject = record.child("subjectType");
      String code = subject == null ? null : subject.attribute("code");
      EntityBuilder entity = new EntityBuilder(list(), id).type("person".equalsIgnoreCase(code) ? EntityType.PERSON
          : "enterprise".equalsIgnoreCase(code) ? EntityType.ORGANIZATION : EntityType.UNKNOWN);
      for (XmlNode alias : record.children("nameAlias")) {
        String whole = alias.attribute("wholeName");
        entity.name(whole != null ? whole : joined(alias.attribute("firstName"), alias.attribute("middleName"),
            alias.attribute("lastName")), "false".equalsIgnoreCase(alias.attribute("strong")));
      }
      record.children("birthdate").forEach(date -> birthDate(date, entity));
      record.children("citizen").forEach(c -> entity.country(Countries.iso2(c.attribute("countryIso2Code"))));
      record.children("address").forEach(a -> entity.country(Countries.iso2(a.attribute("countryIso2Code"))));
      for (XmlNode document : record.children("identification")) {
        String type = document.attribute("identificationTypeCode");
        entity.identifier("passport".equalsIgnoreCase(type) ? "passport" : "id".equalsIgnoreCase(type) ? "national id"
            : type == null ? "document" : type, document.attribute("number"), Countries.iso2(document.attribute("countryIso2Code")));
      }
      record.children("regulation").forEach(r -> entity.program(r.attribute("programme")));
      if (!entity.hasName()) {
        throw new ListFormatException(XmlRecords.position(file, record), "has no name");
      }
      entities.add(entity.build());
    });
    return ParsedList.full(entities.finish(), List.of());
  }

  private static void birthDate(XmlNode date, EntityBuilder entity) {
    String full = date.attribute("birthdate");
    if (full != null) {
      try {
        entity.birthDate(PartialDate.parse(full));
        return;
      } catch (IllegalArgumentException e) {
        // fall back to the parts below
      }
    }
    Integer year = number(date.attribute("year"));
    if (year != null) {
      entity.birthDate(OfacRemarks.safe(year, number(date.attribute("monthOfYear")), number(date.attribute("dayOfMonth"))));
    }
  }

  private static Integer number(String text) {
    try {
      return text == null ? null : Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String joined(String... parts) {
    return String.join(" ", java.util.Arrays.stream(parts).filter(java.util.Objects::nonNull).toList());
  }
}
