package io.tillid.customers.internal;

import java.util.Locale;

/** A person or a company; stored and sent in lower case. */
enum CustomerType {
  PERSON,
  COMPANY;

  String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static CustomerType parse(String value) {
    for (CustomerType type : values()) {
      if (type.value().equals(value)) {
        return type;
      }
    }
    throw new io.tillid.platform.InvalidFieldException("type", "type", "The field 'type' must be 'person' or 'company'.");
  }
}
