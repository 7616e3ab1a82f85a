package io.tillid.customers.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A customer as the API and the pages show it: decrypted, with the national identifier masked
 * ({@link #MASK}, {@code nationalIdMasked: true}) unless this view is an audited reveal.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CustomerView(UUID id, String type, String name, String birthDate, String nationality,
    String countryOfResidence, String nationalId, Boolean nationalIdMasked, String address,
    String relationshipPurpose, String sourceOfFunds, Boolean pepSelfDeclared, String registrationNumber,
    String country, String industryCode, String legalForm, String product, String channel,
    String businessUnit, String sensitivity,
    String jurisdiction, Instant createdAt, java.time.LocalDate relationshipEndedOn,
    java.time.LocalDate recordsKeptUntil) {

  /** What stands in for a national identifier the principal may not see. */
  static final String MASK = "********";

  @Override
  public String toString() {
    return "CustomerView[" + id + "]";
  }
}
