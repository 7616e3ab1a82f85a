package io.tillid.screening.internal.lists;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns the country names and codes lists write into ISO 3166-1 alpha-2 codes. */
@SuppressFBWarnings(value = "IMPROPER_UNICODE",
    justification = "Case mapping only matches fixed ASCII keywords of the list format; nothing security-relevant is decided by it.")
final class Countries {

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());
  private static final Map<String, String> BY_NAME = byName();

  private Countries() {}

  /** The ISO alpha-2 code for a code or an English country name, or null when unknown. */
  static String iso2(String nameOrCode) {
    String text = EntityBuilder.clean(nameOrCode);
    if (text == null) {
      return null;
    }
    if (text.length() == 2) {
      String code = text.toUpperCase(Locale.ROOT);
      return CODES.contains(code) || "XK".equals(code) ? code : null;
    }
    return BY_NAME.get(key(text));
  }

  private static String key(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z']+", " ").strip();
    return plain.startsWith("the ") ? plain.substring(4) : plain;
  }

  private static Map<String, String> byName() {
    Map<String, String> names = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      names.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
    }
    String[][] aliases = {
        {"RU", "Russia", "Russian Federation"}, {"IR", "Iran", "Iran (Islamic Republic of)", "Iran, Islamic Republic of"},
        {"SY", "Syria", "Syrian Arab Republic"}, {"KP", "North Korea", "Korea, North", "Democratic People's Republic of Korea",
            "Korea, Democratic People's Republic of"},
        {"KR", "South Korea", "Korea, South", "Republic of Korea", "Korea, Republic of"},
        {"CD", "Democratic Republic of the Congo", "Congo, Democratic Republic of the", "Congo - Kinshasa", "DRC"},
        {"CG", "Congo", "Republic of the Congo", "Congo, Republic of the", "Congo - Brazzaville"},
        {"MM", "Burma", "Myanmar"}, {"VE", "Venezuela", "Venezuela (Bolivarian Republic of)"},
        {"BO", "Bolivia", "Bolivia (Plurinational State of)"}, {"TZ", "Tanzania", "United Republic of Tanzania"},
        {"VN", "Vietnam", "Viet Nam"}, {"LA", "Laos", "Lao People's Democratic Republic"},
        {"MD", "Moldova", "Republic of Moldova"}, {"PS", "West Bank", "Gaza", "Palestinian", "State of Palestine", "Palestine"},
        {"CI", "Cote d'Ivoire", "Ivory Coast"}, {"TR", "Turkey", "Turkiye"}, {"US", "United States", "United States of America", "USA"},
        {"GB", "United Kingdom", "United Kingdom of Great Britain and Northern Ireland", "UK", "Great Britain"},
        {"CZ", "Czech Republic", "Czechia"}, {"XK", "Kosovo"}, {"MK", "Macedonia", "North Macedonia",
            "The former Yugoslav Republic of Macedonia"}, {"BN", "Brunei", "Brunei Darussalam"}, {"CV", "Cape Verde", "Cabo Verde"},
        {"SZ", "Swaziland", "Eswatini"}, {"GM", "Gambia", "Gambia, The"}, {"BS", "Bahamas", "Bahamas, The"},
        {"FM", "Micronesia", "Micronesia, Federated States of"}, {"HK", "Hong Kong"}, {"MO", "Macau", "Macao"},
        {"TW", "Taiwan"}, {"LY", "Libya", "Libyan Arab Jamahiriya"}, {"KN", "Saint Kitts and Nevis", "St. Kitts and Nevis"},
        {"VC", "Saint Vincent and the Grenadines"}, {"LC", "Saint Lucia"}, {"VA", "Holy See", "Vatican"},
        {"BA", "Bosnia and Herzegovina", "Bosnia-Herzegovina"}, {"AE", "United Arab Emirates", "UAE"},
        {"CW", "Curacao"}, {"SX", "Sint Maarten"}, {"TL", "Timor-Leste", "East Timor"}, {"RS", "Serbia"},
        {"ME", "Montenegro"}, {"SS", "South Sudan"}, {"KG", "Kyrgyzstan", "Kyrgyz Republic"},
        {"SK", "Slovakia", "Slovak Republic"}, {"VG", "British Virgin Islands", "Virgin Islands, British"},
        {"DK", "Denmark", "Danmark"}, {"FO", "Faroe Islands", "Faeroe Islands"}, {"GL", "Greenland"}};
    for (String[] alias : aliases) {
      for (int i = 1; i < alias.length; i++) {
        names.put(key(alias[i]), alias[0]);
      }
    }
    return Map.copyOf(names);
  }
}
