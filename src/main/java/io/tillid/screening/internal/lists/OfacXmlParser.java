package io.tillid.screening.internal.lists;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * OFAC's {@code sdn.xml} ({@code sdnList/sdnEntry}): names from {@code firstName} and
 * {@code lastName}, a.k.a.s with their {@code category} (weak or strong), programmes, addresses,
 * ids, dates of birth, nationalities and citizenships. The entity id is the entry's {@code uid}, the
 * same number as the legacy CSV's, so both formats version one list.
 */
@SuppressFBWarnings(value = "IMPROPER_UNICODE",
    justification = "Case mapping only matches fixed ASCII keywords of the list format; nothing security-relevant is decided by it.")
public final class OfacXmlParser implements ListParser {

  @Override
  public String source() {
    return "ofac-xml";
  }

  @Override
  public String list() {
    return "ofac-sdn";
  }

  @Override
  public ParsedList parse(Path file, ParseProgress progress) throws ListFormatException {
    EntityCollector entities = new EntityCollector(progress);
    XmlRecords.read(file, Set.of("sdnEntry"), entry -> {
      String id = entry.text("uid");
      if (id == null) {
        throw new ListFormatException(XmlRecords.position(file, entry), "has no uid");
      }
      EntityBuilder entity = new EntityBuilder(list(), id).type(type(entry.text("sdnType")));
      entity.name(name(entry), false);
      for (XmlNode aka : entry.descendants("aka")) {
        entity.name(name(aka), "weak".equalsIgnoreCase(aka.text("category")));
      }
      entry.descendants("program").forEach(program -> entity.program(program.text()));
      entry.descendants("address").forEach(address -> entity.country(Countries.iso2(address.text("country"))));
      entry.descendants("nationality").forEach(n -> entity.country(Countries.iso2(n.text("country"))));
      entry.descendants("citizenship").forEach(c -> entity.country(Countries.iso2(c.text("country"))));
      for (XmlNode date : entry.descendants("dateOfBirthItem")) {
        String value = date.text("dateOfBirth");
        if (value != null) {
          OfacRemarks.birthDates(value, entity);
        }
      }
      for (XmlNode id2 : entry.descendants("id")) {
        String type = id2.text("idType");
        String kind = type == null ? "document" : type.toLowerCase(Locale.ROOT).contains("passport") ? "passport"
            : type.toLowerCase(Locale.ROOT);
        entity.identifier(kind, id2.text("idNumber"), Countries.iso2(id2.text("idCountry")));
      }
      if (!entity.hasName()) {
        throw new ListFormatException(XmlRecords.position(file, entry), "has no name");
      }
      entities.add(entity.build());
    });
    return ParsedList.full(entities.finish(), List.of());
  }

  private static String name(XmlNode node) {
    String first = node.text("firstName");
    String last = node.text("lastName");
    return first == null ? last : last == null ? first : first + " " + last;
  }

  private static EntityType type(String value) {
    return switch (value == null ? "" : value.toLowerCase(Locale.ROOT)) {
      case "individual" -> EntityType.PERSON;
      case "vessel" -> EntityType.VESSEL;
      case "aircraft" -> EntityType.AIRCRAFT;
      default -> EntityType.ORGANIZATION;
    };
  }
}
