package io.tillid.crypto.internal;

import java.nio.ByteBuffer;
import java.util.Arrays;

import io.tillid.crypto.PlatformSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Seals platform secrets with the master key's AEAD; the associated data binds the purpose. A
 * sealed value names the master key that sealed it ({@link #MARKER}, the id's length, the id, the
 * ciphertext), so after a master key rotation it still opens with the recorded old key until the
 * secret is sealed again. A value without the marker (sealed before it existed) opens with the
 * configured key.
 */
@Component
class MasterKeyPlatformSecrets implements PlatformSecrets {

  /** Starts a sealed value that names its master key; Tink ciphertexts start with 0x00 or 0x01. */
  static final byte MARKER = 0x7E;

  private final MasterKey masterKey;

  MasterKeyPlatformSecrets(MasterKey masterKey) {
    this.masterKey = masterKey;
  }

  @Override
  public byte[] seal(String purpose, byte[] secret) {
    try {
      byte[] id = masterKey.id().getBytes(StandardCharsets.US_ASCII);
      byte[] ciphertext = masterKey.aead().encrypt(secret, context(purpose));
      return ByteBuffer.allocate(2 + id.length + ciphertext.length).put(MARKER).put((byte) id.length).put(id)
          .put(ciphertext).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal a platform secret", e);
    }
  }

  @Override
  public byte[] open(String purpose, byte[] sealed) {
    try {
      if (sealed.length > 2 && sealed[0] == MARKER) {
        int length = sealed[1];
        String id = new String(sealed, 2, length, StandardCharsets.US_ASCII);
        return masterKey.aead(id).decrypt(Arrays.copyOfRange(sealed, 2 + length, sealed.length), context(purpose));
      }
      return masterKey.aead().decrypt(sealed, context(purpose));
    } catch (GeneralSecurityException | IndexOutOfBoundsException e) {
      // no cause: it would say nothing useful and must not carry the bytes
      throw new IllegalStateException("a platform secret does not open with the master key for its purpose");
    }
  }

  static byte[] context(String purpose) {
    return ("tillid/platform-secret/v1|" + Objects.requireNonNull(purpose, "purpose")).getBytes(StandardCharsets.UTF_8);
  }
}
