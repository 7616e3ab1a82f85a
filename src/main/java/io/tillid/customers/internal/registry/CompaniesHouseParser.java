package io.tillid.customers.internal.registry;

import io.tillid.customers.internal.registry.RegistryFailure.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Reads the Companies House public data API: the company profile, its officers (those not resigned)
 * as management, and its persons with significant control (those not ceased) as owners. UK SIC
 * 2007 codes refine NACE Rev. 2 by a fifth digit, so their first four digits are the NACE class.
 * Companies House gives only the month and year of birth, which is not kept (Tillid records
 * whole dates).
 */
final class CompaniesHouseParser {

  static final String REGISTRY = "companies-house";
  /** The nationalities Companies House writes as words that are most often met; others are not kept. */
  private static final java.util.Map<String, String> NATIONALITIES = java.util.Map.of("british", "GB", "english", "GB",
      "scottish", "GB", "welsh", "GB", "northern irish", "GB", "irish", "IE", "danish", "DK");

  private CompaniesHouseParser() {}

  static RegistryCompany company(JsonNode profile, JsonNode officers, JsonNode controllers) {
    String number = Json.text(profile, "company_number");
    String name = Json.text(profile, "company_name");
    if (number == null || name == null) {
      throw new RegistryFailure(REGISTRY, Reason.UNEXPECTED_RESPONSE);
    }
    List<JsonNode> sic = Json.array(profile, "sic_codes");
    String industry = sic.isEmpty() ? null : CvrParser.nace(sic.get(0).asString());
    List<RegistryPerson> management = new ArrayList<>();
    for (JsonNode officer : Json.array(officers, "items")) {
      if (Json.text(officer, "resigned_on") == null && Json.text(officer, "name") != null) {
        management.add(officer(officer));
      }
    }
    List<RegistryOwner> owners = new ArrayList<>();
    for (JsonNode psc : Json.array(controllers, "items")) {
      if (Json.text(psc, "ceased_on") == null && !"true".equals(Json.text(psc, "ceased"))) {
        PscReader.owner(psc).ifPresent(owners::add);
      }
    }
    return new RegistryCompany(REGISTRY, number, name, "GB", Json.text(profile, "type"), industry,
        address(profile.path("registered_office_address")), management, owners);
  }

  private static RegistryPerson officer(JsonNode officer) {
    String role = Json.text(officer, "officer_role");
    boolean corporate = role != null && role.startsWith("corporate-");
    String plain = role == null ? "" : role.replace("corporate-", "");
    String mapped = switch (plain) {
      case "director", "nominee-director" -> RegistryRoles.DIRECTOR;
      case "secretary", "nominee-secretary" -> RegistryRoles.SECRETARY;
      case "llp-member", "llp-designated-member", "member" -> RegistryRoles.MEMBER;
      case "general-partner-in-a-limited-partnership" -> RegistryRoles.GENERAL_PARTNER;
      default -> RegistryRoles.MANAGEMENT;
    };
    String name = corporate ? Json.text(officer, "name") : PersonNames.fromSurnameFirst(Json.text(officer, "name"));
    return new RegistryPerson(PersonNames.key(name), name,
        corporate ? RegistryOwner.Kind.COMPANY : RegistryOwner.Kind.PERSON,
        Json.text(officer.path("identification"), "registration_number"),
        corporate ? CountryNames.code(Json.text(officer.path("identification"), "country_registered")) : null, mapped, null,
        nationality(Json.text(officer, "nationality")), CountryNames.code(Json.text(officer, "country_of_residence")));
  }

  static String nationality(String text) {
    if (text == null) {
      return null;
    }
    String code = CountryNames.code(text);
    return code != null ? code : NATIONALITIES.get(text.strip().toLowerCase(Locale.ROOT));
  }

  static String address(JsonNode address) {
    return Json.join(", ", Json.join(" ", Json.text(address, "premises"), Json.text(address, "address_line_1")),
        Json.text(address, "address_line_2"), Json.text(address, "locality"), Json.text(address, "region"),
        Json.text(address, "postal_code"), Json.text(address, "country"));
  }
}
