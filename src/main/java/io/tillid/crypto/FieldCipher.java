package io.tillid.crypto;

import io.tillid.platform.TenantId;

/**
 * Field-level envelope encryption: a value is encrypted with the tenant's data keyset (AES-256-GCM,
 * Tink), which is stored wrapped by the master key and never leaves memory unwrapped. The
 * ciphertext is bound to tenant, table, column and row ({@link FieldContext}).
 *
 * <p>Call it in the tenant's scope (the keyset row is tenant-owned). A value that cannot be
 * decrypted (tampered, copied elsewhere, or its tenant's keys destroyed) raises
 * {@link UnreadableFieldException} naming the record, never returns garbage.
 */
public interface FieldCipher {

  /** Encrypts the text for the place; the result holds the key id, so rotation needs no bookkeeping. */
  byte[] encrypt(TenantId tenant, FieldContext field, String plaintext);

  /** Decrypts what {@link #encrypt} made for the same tenant and place. */
  String decrypt(TenantId tenant, FieldContext field, byte[] ciphertext);

  /** Encrypts a value that may be absent: null stays null. */
  default byte[] encryptNullable(TenantId tenant, FieldContext field, String plaintext) {
    return plaintext == null ? null : encrypt(tenant, field, plaintext);
  }

  /** Decrypts a value that may be absent: null stays null. */
  default String decryptNullable(TenantId tenant, FieldContext field, byte[] ciphertext) {
    return ciphertext == null ? null : decrypt(tenant, field, ciphertext);
  }
}
