package io.tillid.customers.internal.registry;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names as registries write them ("United Kingdom", "England", "Denmark") as ISO 3166-1
 * alpha-2 codes; null when the name is not one.
 */
final class CountryNames {

  private static final Map<String, String> CODES = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      CODES.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    for (String part : new String[] {"england", "wales", "scotland", "northern ireland", "great britain", "uk",
        "england and wales", "england & wales", "england-wales", "united-kingdom"}) {
      CODES.put(part, "GB");
    }
  }

  private CountryNames() {}

  static String code(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String key = name.strip().toLowerCase(Locale.ROOT);
    if (key.length() == 2 && CODES.containsValue(key.toUpperCase(Locale.ROOT))) {
      return key.toUpperCase(Locale.ROOT);
    }
    return CODES.get(key);
  }
}
