package io.tillid.customers.internal;

import io.tillid.crypto.BlindIndex;
import io.tillid.crypto.FieldCipher;
import io.tillid.crypto.FieldContext;
import io.tillid.platform.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The customer's encrypted columns: which ones there are, and their encryption and decryption
 * with the place each ciphertext is bound to.
 */
@Component
class CustomerFields {

  static final String TABLE = "customer";
  static final String BIRTH_DATE = "birth_date_enc";
  static final String NATIONAL_ID = "national_id_enc";
  static final String ADDRESS = "address_enc";
  static final String NATIONAL_ID_INDEX = "national_id";

  private final FieldCipher cipher;
  private final BlindIndex blindIndex;

  CustomerFields(FieldCipher cipher, BlindIndex blindIndex) {
    this.cipher = cipher;
    this.blindIndex = blindIndex;
  }

  byte[] encrypt(TenantId tenant, UUID id, String column, String value) {
    return cipher.encryptNullable(tenant, new FieldContext(TABLE, column, id.toString()), value);
  }

  String decrypt(TenantId tenant, UUID id, String column, byte[] value) {
    return cipher.decryptNullable(tenant, new FieldContext(TABLE, column, id.toString()), value);
  }

  /**
   * The row of a validated customer with its identifiers encrypted (and the national id's blind
   * index), as registration inserts it and an edit replaces it.
   */
  StoredCustomer seal(TenantId tenant, UUID id, NewCustomer customer, String createdBy, Instant createdAt,
      LocalDate relationshipEndedOn) {
    NewCustomer.Person person = customer.person();
    NewCustomer.Company company = customer.company();
    String nationalId = person == null ? null : person.nationalId();
    String birthDate = person == null || person.birthDate() == null ? null : person.birthDate().toString();
    return new StoredCustomer(id, customer.type(), customer.name(), encrypt(tenant, id, BIRTH_DATE, birthDate),
        person == null ? null : person.nationality(), person == null ? null : person.countryOfResidence(),
        encrypt(tenant, id, NATIONAL_ID, nationalId), nationalIdIndex(tenant, nationalId),
        encrypt(tenant, id, ADDRESS, customer.address()),
        company == null ? null : company.registrationNumber(), company == null ? null : company.country(),
        company == null ? null : company.industryCode(), company == null ? null : company.legalForm(),
        customer.relationshipPurpose(), person == null ? null : person.sourceOfFunds(),
        person == null ? null : person.pepSelfDeclared(), customer.attributes(), createdBy, createdAt,
        relationshipEndedOn, customer.product(), customer.channel());
  }

  byte[] nationalIdIndex(TenantId tenant, String nationalId) {
    return nationalId == null ? null : blindIndex.of(tenant, NATIONAL_ID_INDEX, NationalIds.normalise(nationalId));
  }
}
