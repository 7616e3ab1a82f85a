package io.tillid.customers.internal.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One Companies House person with significant control as an owner. The register gives bands, not
 * figures ({@code ownership-of-shares-25-to-50-percent}): the share is the band's lower bound and
 * {@code shareBand} says which band it was. Individuals are the company's registrable beneficial
 * owners; corporate controllers are owners that are companies. Super-secure persons have no
 * details and are left out.
 */
final class PscReader {

  private static final Pattern BAND = Pattern.compile("(ownership-of-shares|voting-rights)-(\\d+)-to-(\\d+)-percent.*");
  private static final Pattern MORE_THAN = Pattern.compile("(ownership-of-shares|voting-rights)-more-than-(\\d+)-percent.*");

  private PscReader() {}

  static Optional<RegistryOwner> owner(JsonNode psc) {
    String kind = Json.text(psc, "kind");
    if (kind == null || kind.startsWith("super-secure")) {
      return Optional.empty();
    }
    boolean person = kind.startsWith("individual");
    String name = person ? personName(psc) : Json.text(psc, "name");
    if (name == null) {
      return Optional.empty();
    }
    BigDecimal share = null;
    BigDecimal votes = null;
    List<String> bands = new ArrayList<>();
    for (JsonNode nature : Json.array(psc, "natures_of_control")) {
      String text = nature.asString();
      Matcher band = BAND.matcher(text);
      Matcher more = MORE_THAN.matcher(text);
      String what = null;
      BigDecimal lower = null;
      if (band.matches()) {
        what = band.group(1);
        lower = new BigDecimal(band.group(2)).movePointLeft(2);
        bands.add((what.startsWith("ownership") ? "shares " : "votes ") + band.group(2) + "-to-" + band.group(3) + "-percent");
      } else if (more.matches()) {
        what = more.group(1);
        lower = new BigDecimal(more.group(2)).movePointLeft(2);
        bands.add((what.startsWith("ownership") ? "shares " : "votes ") + "more-than-" + more.group(2) + "-percent");
      }
      if (what != null && what.startsWith("ownership")) {
        share = lower;
      } else if (what != null) {
        votes = lower;
      }
    }
    JsonNode identification = psc.path("identification");
    String country = person ? null : CountryNames.code(Json.join(" ", Json.text(identification, "country_registered")));
    if (!person && country == null) {
      country = CountryNames.code(Json.text(identification, "place_registered"));
    }
    return Optional.of(new RegistryOwner(PersonNames.key(name), name,
        person ? RegistryOwner.Kind.PERSON : RegistryOwner.Kind.COMPANY,
        person ? null : Json.text(identification, "registration_number"), country, share, votes,
        bands.isEmpty() ? null : String.join("; ", bands), person, RegistryRoles.OWNER, null,
        person ? CompaniesHouseParser.nationality(Json.text(psc, "nationality")) : null,
        person ? CountryNames.code(Json.text(psc, "country_of_residence")) : null));
  }

  private static String personName(JsonNode psc) {
    JsonNode parts = psc.path("name_elements");
    String joined = Json.join(" ", Json.text(parts, "forename"), Json.text(parts, "middle_name"),
        Json.text(parts, "surname"));
    return joined != null ? joined : Json.text(psc, "name");
  }
}
