package io.tillid.screening.internal.lists;

import java.util.Objects;

/**
 * An identifier on a list entry: a passport, national id, registration number, IMO number, ...
 *
 * @param kind what it is, as the list says it (normalised to lower case words, e.g. {@code passport})
 * @param value the number as written
 * @param country the issuing country (ISO alpha-2) or null
 */
public record Identifier(String kind, String value, String country) {

  public Identifier {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
  }
}
