package io.tillid.customers.internal.registry;

import tools.jackson.databind.JsonNode;

/** A CVR address ({@code beliggenhedsadresse}) as one line: "Hovedgaden 6, 1., 2970 Hørsholm". */
final class CvrAddress {

  private CvrAddress() {}

  static String format(JsonNode address) {
    String free = Json.text(address, "fritekst");
    String number = Json.join("", Json.text(address, "husnummerFra"), Json.text(address, "bogstavFra"));
    String numberTo = Json.join("", Json.text(address, "husnummerTil"), Json.text(address, "bogstavTil"));
    if (numberTo != null) {
      number = number + "-" + numberTo;
    }
    String floor = Json.text(address, "etage");
    String street = Json.join(" ", Json.text(address, "vejnavn"), number);
    String door = Json.join(" ", floor == null ? null : floor + ".", Json.text(address, "sidedoer"));
    String careOf = Json.text(address, "conavn");
    String postBox = Json.text(address, "postboks");
    String town = Json.join(" ", Json.text(address, "postnummer"), Json.text(address, "postdistrikt"));
    String country = "DK".equals(Json.text(address, "landekode")) ? null : Json.text(address, "landekode");
    return Json.join(", ", careOf == null ? null : "c/o " + careOf, street, door,
        postBox == null ? null : "Postboks " + postBox, Json.text(address, "bynavn"), town, free, country);
  }
}
