package io.tillid.cases.internal;

import io.tillid.platform.InvalidFieldException;
import java.util.Locale;

/** Customer due diligence levels (Danish AML Act §§ 11, 15, 17), weakest first. */
enum CddLevel {
  SIMPLIFIED,
  STANDARD,
  ENHANCED;

  String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static CddLevel parse(String field, String value) {
    for (CddLevel level : values()) {
      if (level.value().equals(value)) {
        return level;
      }
    }
    throw new InvalidFieldException(field, "cdd-level", "The field '" + field
        + "' must be simplified, standard or enhanced.");
  }
}
