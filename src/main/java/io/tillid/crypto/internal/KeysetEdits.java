package io.tillid.crypto.internal;

import com.google.crypto.tink.KeysetHandle;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;

/** The keyset changes of a data key rotation, as pure functions of Tink keyset handles. */
final class KeysetEdits {

  /** Tink's output prefix: a version byte (1) and the 4-byte id of the key that encrypted. */
  private static final byte TINK_PREFIX = 1;

  private KeysetEdits() {}

  /** The keyset with a freshly generated key of the purpose's parameters added as its primary. */
  static KeysetHandle withNewPrimary(KeysetHandle handle, KeysetPurpose purpose) throws GeneralSecurityException {
    return KeysetHandle.newBuilder(handle)
        .addEntry(KeysetHandle.generateEntryFromParameters(purpose.parameters()).withRandomId().makePrimary())
        .build();
  }

  /** The keyset with only its primary key left: the old keys leave once nothing needs them. */
  static KeysetHandle primaryOnly(KeysetHandle handle) throws GeneralSecurityException {
    KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
    for (int i = builder.size() - 1; i >= 0; i--) {
      if (!builder.getAt(i).isPrimary()) {
        builder.deleteAt(i);
      }
    }
    return builder.build();
  }

  /** Whether the ciphertext was made by the key with this id (Tink prefixes each with its key's id). */
  static boolean madeBy(byte[] ciphertext, int keyId) {
    return ciphertext.length > 5 && ciphertext[0] == TINK_PREFIX && ByteBuffer.wrap(ciphertext, 1, 4).getInt() == keyId;
  }
}
