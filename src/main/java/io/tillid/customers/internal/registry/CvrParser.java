package io.tillid.customers.internal.registry;

import io.tillid.customers.internal.registry.RegistryFailure.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads a CVR Elasticsearch answer ({@code hits.hits[]._source.Vrvirksomhed}): today's name,
 * address, legal form and main industry; the current members of the management bodies
 * ({@code LEDELSESORGAN}, and the general partners); the owners register ({@code REGISTER}) with
 * shares and voting shares as fractions, and "Reel ejer" as the beneficial-owner flag (the share
 * listed beside a beneficial owner can be indirect, so it is not taken as a holding).
 */
final class CvrParser {

  static final String REGISTRY = "cvr";

  private CvrParser() {}

  static Optional<RegistryCompany> parse(JsonNode answer, String cvrNumber) {
    JsonNode hits = answer.path("hits").get("hits");
    if (hits == null || !hits.isArray()) {
      throw new RegistryFailure(REGISTRY, Reason.UNEXPECTED_RESPONSE);
    }
    for (JsonNode hit : hits) {
      JsonNode company = hit.path("_source").get("Vrvirksomhed");
      if (company != null && cvrNumber.equals(Json.text(company, "cvrNummer"))) {
        return Optional.of(company(company, cvrNumber));
      }
    }
    return Optional.empty();
  }

  private static RegistryCompany company(JsonNode company, String cvrNumber) {
    String name = CvrPeriods.current(company, "navne").map(n -> Json.text(n, "navn")).orElse(null);
    if (name == null) {
      throw new RegistryFailure(REGISTRY, Reason.UNEXPECTED_RESPONSE);
    }
    String address = CvrPeriods.current(company, "beliggenhedsadresse").map(CvrAddress::format).orElse(null);
    String form = CvrPeriods.current(company, "virksomhedsform").map(f -> Json.text(f, "kortBeskrivelse"))
        .orElse(null);
    String industry = CvrPeriods.current(company, "hovedbranche").map(b -> Json.text(b, "branchekode"))
        .map(CvrParser::nace).orElse(null);
    List<RegistryPerson> management = new ArrayList<>();
    List<RegistryOwner> owners = new ArrayList<>();
    for (JsonNode relation : Json.array(company, "deltagerRelation")) {
      JsonNode participant = relation.get("deltager");
      if (participant != null) {
        read(participant, Json.array(relation, "organisationer"), management, owners);
      }
    }
    return new RegistryCompany(REGISTRY, cvrNumber, name, "DK", form, industry, address, management, owners);
  }

  private static void read(JsonNode participant, List<JsonNode> organisations, List<RegistryPerson> management,
      List<RegistryOwner> owners) {
    String name = CvrPeriods.current(participant, "navne").map(n -> Json.text(n, "navn")).orElse(null);
    if (name == null) {
      return;
    }
    String key = "cvr:" + Json.text(participant, "enhedsNummer");
    RegistryOwner.Kind kind = "PERSON".equals(Json.text(participant, "enhedstype")) ? RegistryOwner.Kind.PERSON
        : RegistryOwner.Kind.COMPANY;
    String number = kind == RegistryOwner.Kind.COMPANY ? Json.text(participant, "forretningsnoegle") : null;
    String residence = kind == RegistryOwner.Kind.PERSON
        ? CvrPeriods.current(participant, "beliggenhedsadresse").map(a -> Json.text(a, "landekode")).orElse(null)
        : null;
    String country = kind == RegistryOwner.Kind.COMPANY
        ? CvrPeriods.current(participant, "beliggenhedsadresse").map(a -> Json.text(a, "landekode")).orElse("DK")
        : null;
    Set<String> roles = new LinkedHashSet<>();
    BigDecimal share = null;
    BigDecimal votes = null;
    boolean beneficial = false;
    for (JsonNode organisation : organisations) {
      String type = Json.text(organisation, "hovedtype");
      if ("LEDELSESORGAN".equals(type)) {
        CvrPeriods.memberValues(organisation, "FUNKTION").forEach(f -> roles.add(CvrRoles.of(f)));
      } else if ("FULDT_ANSVARLIG_DELTAGERE".equals(type)
          && !CvrPeriods.memberValues(organisation, "FUNKTION").isEmpty()) {
        roles.add(RegistryRoles.GENERAL_PARTNER);
      } else if ("REGISTER".equals(type)) {
        if (CvrPeriods.memberValues(organisation, "FUNKTION").stream().anyMatch("Reel ejer"::equals)) {
          beneficial = true;
        } else {
          share = first(CvrPeriods.memberValues(organisation, "EJERANDEL_PROCENT"), share);
          votes = first(CvrPeriods.memberValues(organisation, "EJERANDEL_STEMMERET_PROCENT"), votes);
        }
      }
    }
    for (String role : roles) {
      management.add(new RegistryPerson(key, name, kind, number, country, role, null, null, residence));
    }
    if (share != null || beneficial) {
      owners.add(new RegistryOwner(key, name, kind, number, country, share, votes, null, beneficial,
          RegistryRoles.OWNER, null, null, residence));
    }
  }

  private static BigDecimal first(List<String> values, BigDecimal otherwise) {
    return values.isEmpty() ? otherwise : Json.fraction(values.get(0));
  }

  /** CVR's branch codes (DB07, 6 digits) refine NACE Rev. 2; their first four digits are the NACE class. */
  static String nace(String code) {
    if (code == null || !code.matches("\\d{4,6}")) {
      return null;
    }
    return code.substring(0, 2) + "." + code.substring(2, 4);
  }
}
