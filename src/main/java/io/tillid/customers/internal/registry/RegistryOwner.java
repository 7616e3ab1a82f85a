package io.tillid.customers.internal.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An owner of a company as a registry lists it: a person or a company (companies with their
 * registration number and country where the registry gives them), its share and voting share as
 * fractions where the registry gives them, and whether the registry names it a beneficial owner.
 * {@code shareBand} is set when the registry gives a band rather than a figure (Companies House:
 * {@code shares 25-to-50-percent}); the share is then the band's lower bound. {@code relation} is the
 * role recorded when the registry gives no share ({@link RegistryRoles#OWNER}, or a parent role).
 * {@code key} is the registry's own identifier of the owner where it has one.
 */
public record RegistryOwner(String key, String name, Kind kind, String registrationNumber, String country,
    BigDecimal share, BigDecimal votingShare, String shareBand, boolean beneficialOwner, String relation,
    LocalDate birthDate, String nationality, String countryOfResidence) {

  /** What kind of party the owner is. */
  public enum Kind {
    PERSON,
    COMPANY
  }

  @Override
  public String toString() {
    return "RegistryOwner[" + kind + ", personal fields masked]";
  }
}
