package io.tillid.customers.internal;

import io.tillid.access.DatasetAttributes;
import java.time.Instant;
import java.util.UUID;

/** A {@code customer} row as stored: personal identifiers still encrypted. */
record StoredCustomer(UUID id, CustomerType type, String name, byte[] birthDate, String nationality,
    String countryOfResidence, byte[] nationalId, byte[] nationalIdIndex, byte[] address, String registrationNumber,
    String country, String industryCode, String legalForm, String relationshipPurpose, String sourceOfFunds,
    Boolean pepSelfDeclared, DatasetAttributes attributes, String createdBy, Instant createdAt,
    java.time.LocalDate relationshipEndedOn, String product, String channel) {

  @Override
  public String toString() {
    return "StoredCustomer[" + id + "]";
  }
}
