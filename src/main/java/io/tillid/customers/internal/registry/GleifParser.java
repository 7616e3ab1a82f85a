package io.tillid.customers.internal.registry;

import io.tillid.customers.internal.registry.RegistryFailure.Reason;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Reads GLEIF's JSON:API {@code lei-records}: {@code data.attributes.entity} has the legal name,
 * the jurisdiction ({@code DK}, {@code US-DE}), the legal form (an ISO 20275 ELF code, or its
 * free-text {@code other}) and the legal address.
 */
final class GleifParser {

  static final String REGISTRY = "gleif";

  private GleifParser() {}

  /** The record's LEI, legal name, country, legal form and address; GLEIF has no industry code. */
  static RegistryCompany company(JsonNode answer, List<RegistryOwner> parents) {
    JsonNode attributes = answer.path("data").path("attributes");
    JsonNode entity = attributes.path("entity");
    String lei = Json.text(attributes, "lei");
    String name = Json.text(entity.path("legalName"), "name");
    if (lei == null || name == null) {
      throw new RegistryFailure(REGISTRY, Reason.UNEXPECTED_RESPONSE);
    }
    JsonNode address = entity.path("legalAddress");
    String legalForm = Json.text(entity.path("legalForm"), "other");
    if (legalForm == null && Json.text(entity.path("legalForm"), "id") != null) {
      legalForm = "ELF " + Json.text(entity.path("legalForm"), "id");
    }
    return new RegistryCompany(REGISTRY, lei, name, country(entity), legalForm, null, address(address), List.of(),
        parents);
  }

  /** A parent record as an owner of the company, without a share (GLEIF gives none). */
  static RegistryOwner parent(JsonNode answer, String relation) {
    JsonNode attributes = answer.path("data").path("attributes");
    String lei = Json.text(attributes, "lei");
    String name = Json.text(attributes.path("entity").path("legalName"), "name");
    if (lei == null || name == null) {
      throw new RegistryFailure(REGISTRY, Reason.UNEXPECTED_RESPONSE);
    }
    return new RegistryOwner("lei:" + lei, name, RegistryOwner.Kind.COMPANY, lei, country(attributes.path("entity")),
        null, null, null, false, relation, null, null, null);
  }

  private static String country(JsonNode entity) {
    String jurisdiction = Json.text(entity, "jurisdiction");
    String code = jurisdiction != null && jurisdiction.length() >= 2 ? jurisdiction.substring(0, 2)
        : Json.text(entity.path("legalAddress"), "country");
    return code == null ? null : code.toUpperCase(Locale.ROOT);
  }

  private static String address(JsonNode address) {
    String lines = String.join(", ", Json.array(address, "addressLines").stream()
        .map(line -> line.asString().strip()).filter(line -> !line.isEmpty()).toList());
    return Json.join(", ", lines.isEmpty() ? null : lines,
        Json.join(" ", Json.text(address, "postalCode"), Json.text(address, "city")), Json.text(address, "region"),
        Json.text(address, "country"));
  }
}
