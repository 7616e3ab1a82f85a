package io.tillid.screening.internal.lists;

import java.util.Locale;

/** What a listed entity is; the contract's {@code type} values in lower case. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  VESSEL,
  AIRCRAFT,
  /** The list does not say (a screening of any type may match it). */
  UNKNOWN;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }
}
