package io.tillid.customers.internal.registry;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** CVR keeps history: every value has a {@code periode}; the current one has no {@code gyldigTil}. */
final class CvrPeriods {

  private CvrPeriods() {}

  static boolean current(JsonNode entry) {
    return Json.text(entry.get("periode"), "gyldigTil") == null;
  }

  /** The current entry of the array at {@code field} (the last, should there be several). */
  static Optional<JsonNode> current(JsonNode node, String field) {
    List<JsonNode> entries = Json.array(node, field).stream().filter(CvrPeriods::current).toList();
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
  }

  /** The current values of the member attribute {@code type} in an organisation's {@code medlemsData}. */
  static List<String> memberValues(JsonNode organisation, String type) {
    return Json.array(organisation, "medlemsData").stream()
        .flatMap(member -> Json.array(member, "attributter").stream())
        .filter(attribute -> type.equals(Json.text(attribute, "type")))
        .flatMap(attribute -> Json.array(attribute, "vaerdier").stream())
        .filter(CvrPeriods::current)
        .map(value -> Json.text(value, "vaerdi"))
        .filter(value -> value != null)
        .toList();
  }
}
