package io.tillid.customers.internal.registry;

import java.util.Locale;

/** Person names as registries write them, made comparable. */
final class PersonNames {

  private PersonNames() {}

  /** "SMITH, John Andrew" as "John Andrew Smith"; other names unchanged. */
  static String fromSurnameFirst(String name) {
    if (name == null || !name.contains(",")) {
      return name;
    }
    String surname = name.substring(0, name.indexOf(',')).strip();
    String given = name.substring(name.indexOf(',') + 1).strip();
    if (surname.chars().noneMatch(Character::isLowerCase)) {
      surname = capitalise(surname);
    }
    return given.isEmpty() ? surname : given + " " + surname;
  }

  /** The same key for the same person named with other case or spacing. */
  static String key(String name) {
    return name == null ? null : "name:" + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String capitalise(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    boolean start = true;
    for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-' || c == '\'';
    }
    return out.toString();
  }
}
