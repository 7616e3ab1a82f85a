package io.tillid.customers.internal;

import io.tillid.crypto.BlindIndex;
import io.tillid.crypto.FieldCipher;
import io.tillid.crypto.FieldContext;
import io.tillid.platform.TenantId;
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

  byte[] nationalIdIndex(TenantId tenant, String nationalId) {
    return nationalId == null ? null : blindIndex.of(tenant, NATIONAL_ID_INDEX, NationalIds.normalise(nationalId));
  }
}
