package io.tillid.screening.internal.lists;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * OpenSanctions FollowTheMoney entities, JSON Lines: {@code Person}, {@code Organization},
 * {@code Company}, {@code LegalEntity}, {@code PublicBody}, {@code Vessel} and {@code Airplane} become
 * entities, {@code Ownership} becomes an {@link Ownership}; other schemas (addresses, sanctions,
 * family ties) are skipped. A delta file ({@code {"op":"ADD"|"MOD"|"DEL","entity":{...}}} lines)
 * changes the list's current version instead of replacing it.
 */
public final class FtmParser implements ListParser {

  private static final Map<String, EntityType> TYPES = Map.of("Person", EntityType.PERSON,
      "Organization", EntityType.ORGANIZATION, "Company", EntityType.ORGANIZATION,
      "LegalEntity", EntityType.UNKNOWN, "PublicBody", EntityType.ORGANIZATION,
      "Vessel", EntityType.VESSEL, "Airplane", EntityType.AIRCRAFT);
  private static final Map<String, String> IDENTIFIERS = Map.of("passportNumber", "passport",
      "idNumber", "national id", "registrationNumber", "registration", "taxNumber", "tax id", "innCode", "inn",
      "ogrnCode", "ogrn", "imoNumber", "imo", "leiCode", "lei", "swiftBic", "bic", "vatCode", "vat");
  private static final List<String> COUNTRIES = List.of("country", "nationality", "citizenship", "jurisdiction",
      "mainCountry", "flag", "registrationCountry");

  @Override
  public String source() {
    return "ftm";
  }

  @Override
  public String list() {
    return "opensanctions";
  }

  @Override
  public ParsedList parse(Path file, ParseProgress progress) throws ListFormatException {
    EntityCollector entities = new EntityCollector(progress);
    List<Ownership> ownerships = new ArrayList<>();
    Set<String> removed = new LinkedHashSet<>();
    boolean[] delta = new boolean[2];
    JsonLines.read(file, (line, position) -> {
      boolean op = line.has("op");
      if (delta[1] && op != delta[0]) {
        throw new ListFormatException(position, "mixes delta operations with plain entities");
      }
      delta[0] = op;
      delta[1] = true;
      JsonNode entity = op ? line.get("entity") : line;
      String id = entity == null ? null : text(entity.get("id"));
      if (id == null) {
        throw new ListFormatException(position, "the entity has no id");
      }
      String operation = op ? text(line.get("op")) : "ADD";
      if ("DEL".equals(operation)) {
        removed.add(id);
      } else if ("ADD".equals(operation) || "MOD".equals(operation)) {
        removed.remove(id);
        read(entity, id, position, entities, ownerships);
      } else {
        throw new ListFormatException(position, "unknown delta operation");
      }
    });
    return new ParsedList(entities.finish(), ownerships, removed, delta[0]);
  }

  private void read(JsonNode entity, String id, String position, EntityCollector entities, List<Ownership> ownerships)
      throws ListFormatException {
    String schema = text(entity.get("schema"));
    JsonNode properties = entity.path("properties");
    if ("Ownership".equals(schema)) {
      List<String> owner = JsonLines.strings(properties.get("owner"));
      List<String> asset = JsonLines.strings(properties.get("asset"));
      if (!owner.isEmpty() && !asset.isEmpty()) {
        ownerships.add(new Ownership(id, owner.get(0), asset.get(0), share(properties.get("percentage")),
            JsonLines.strings(properties.get("endDate")).stream().map(FtmParser::date).filter(d -> d != null)
                .max(java.util.Comparator.comparing(PartialDate::toString)).orElse(null)));
      }
      return;
    }
    EntityType type = TYPES.get(schema);
    if (type == null) {
      return;
    }
    EntityBuilder builder = new EntityBuilder(list(), id).type(type);
    for (String name : List.of("name", "alias", "previousName")) {
      JsonLines.strings(properties.get(name)).forEach(value -> builder.name(value, false));
    }
    if (!builder.hasName()) {
      String full = String.join(" ", JsonLines.strings(properties.get("firstName")).stream().limit(1).toList())
          + " " + String.join(" ", JsonLines.strings(properties.get("lastName")).stream().limit(1).toList());
      builder.name(full, false).name(text(entity.get("caption")), false);
    }
    JsonLines.strings(properties.get("weakAlias")).forEach(value -> builder.name(value, true));
    for (String date : JsonLines.strings(properties.get(type == EntityType.PERSON ? "birthDate" : "incorporationDate"))) {
      builder.birthDate(date(date));
    }
    COUNTRIES.forEach(property -> JsonLines.strings(properties.get(property)).forEach(c -> builder.country(Countries.iso2(c))));
    IDENTIFIERS.forEach((property, kind) -> JsonLines.strings(properties.get(property))
        .forEach(value -> builder.identifier(kind, value, null)));
    JsonLines.strings(properties.get("topics")).forEach(builder::program);
    JsonLines.strings(properties.get("program")).forEach(builder::program);
    if (!builder.hasName()) {
      throw new ListFormatException(position, "the entity has no name");
    }
    entities.add(builder.build());
  }

  /** An FtM date ({@code YYYY[-MM[-DD]]}, possibly with a time); null when unreadable: left out, not guessed. */
  private static PartialDate date(String text) {
    try {
      return PartialDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static BigDecimal share(JsonNode percentage) {
    for (String value : JsonLines.strings(percentage)) {
      try {
        BigDecimal share = new BigDecimal(value.replace("%", "").replace(',', '.').strip());
        if (share.signum() >= 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0) {
          return share;
        }
      } catch (NumberFormatException e) {
        // shares such as "majority" are not numbers: unknown
      }
    }
    return null;
  }

  private static String text(JsonNode node) {
    return node == null || !node.isString() ? null : EntityBuilder.clean(node.asString());
  }
}
