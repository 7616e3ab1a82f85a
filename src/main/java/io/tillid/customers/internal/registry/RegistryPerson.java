package io.tillid.customers.internal.registry;

import java.time.LocalDate;

/**
 * A member of a company's management as a registry lists it: {@code role} is one of
 * {@link RegistryRoles}; {@code kind} says whether the member is a person or a company (a
 * company can be a general partner or a corporate director). {@code key} is the registry's own
 * identifier of the member where it has one (to recognise the same member among the owners).
 * A company member has its registration number and country where the registry gives them.
 * Birth date, nationality and residence are null where the registry does not give them.
 */
public record RegistryPerson(String key, String name, RegistryOwner.Kind kind, String registrationNumber,
    String country, String role, LocalDate birthDate, String nationality, String countryOfResidence) {

  @Override
  public String toString() {
    return "RegistryPerson[" + role + ", personal fields masked]";
  }
}
