package io.tillid.customers.internal;

import java.util.List;
import java.util.UUID;

/**
 * What a lookup did: the company's id (created now or found), the customers it created, how many
 * holdings and roles it recorded, and how many of the registry's parties it could not record (a
 * company owner without registration number or country).
 */
record LookupResult(UUID id, String registry, String registrationNumber, boolean companyCreated,
    List<Created> created, int holdings, int roles, int skipped) {

  /** A customer the lookup created. */
  record Created(UUID id, String type, String name) {}

  @Override
  public String toString() {
    return "LookupResult[" + id + ", " + created.size() + " created]";
  }
}
