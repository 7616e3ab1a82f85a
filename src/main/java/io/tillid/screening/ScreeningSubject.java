package io.tillid.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A customer as screening sees it: plain facts, handed over by the customers module (screening does
 * not read customer tables). Personal data: never logged, {@link #toString()} masks it.
 *
 * @param customerId the customer
 * @param company whether it is a company (otherwise a person)
 * @param name its name
 * @param birthDate a person's date of birth, or null
 * @param countries ISO alpha-2 codes: nationality, residence, registration
 * @param identifiers national id, registration number, as written; empty when none
 */
public record ScreeningSubject(UUID customerId, boolean company, String name, LocalDate birthDate,
    Set<String> countries, List<String> identifiers) {

  public ScreeningSubject {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(name, "name");
    countries = countries == null ? Set.of() : Set.copyOf(countries);
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  @Override
  public String toString() {
    return "ScreeningSubject[" + customerId + ", masked]";
  }
}
