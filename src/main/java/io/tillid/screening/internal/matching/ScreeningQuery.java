package io.tillid.screening.internal.matching;

import io.tillid.screening.internal.lists.EntityType;
import io.tillid.screening.internal.lists.PartialDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to screen: a name and, optionally, what else is known of the person or organisation.
 *
 * @param name the name as given, any script
 * @param type what it is, or null when unknown
 * @param birthDate date of birth or incorporation, or null
 * @param countries ISO alpha-2 codes (nationality, residence, registration); empty when unknown
 * @param identifiers passport, national id, registration numbers, as written; empty when none
 * @param sources the lists to screen against ({@code ofac-sdn}, {@code un}, ...); empty for all
 */
public record ScreeningQuery(String name, EntityType type, PartialDate birthDate, Set<String> countries,
    List<String> identifiers, Set<String> sources) {

  public ScreeningQuery {
    Objects.requireNonNull(name, "name");
    countries = countries == null ? Set.of() : Set.copyOf(countries);
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    sources = sources == null ? Set.of() : Set.copyOf(sources);
  }

  /** A query of just a name. */
  public static ScreeningQuery name(String name) {
    return new ScreeningQuery(name, null, null, Set.of(), List.of(), Set.of());
  }

  @Override
  public String toString() {
    return "ScreeningQuery[masked]";
  }
}
