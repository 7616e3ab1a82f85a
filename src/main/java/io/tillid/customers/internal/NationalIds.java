package io.tillid.customers.internal;

import java.util.Locale;

/** National identifiers compared for look-up: upper case, without spaces, hyphens, dots or slashes. */
final class NationalIds {

  private NationalIds() {}

  static String normalise(String value) {
    return value.toUpperCase(Locale.ROOT).replaceAll("[\\s./-]", "");
  }
}
