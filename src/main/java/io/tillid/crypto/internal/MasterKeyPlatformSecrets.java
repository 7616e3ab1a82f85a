package io.tillid.crypto.internal;

import io.tillid.crypto.PlatformSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Seals platform secrets with the master key's AEAD; the associated data binds the purpose. */
@Component
class MasterKeyPlatformSecrets implements PlatformSecrets {

  private final MasterKey masterKey;

  MasterKeyPlatformSecrets(MasterKey masterKey) {
    this.masterKey = masterKey;
  }

  @Override
  public byte[] seal(String purpose, byte[] secret) {
    try {
      return masterKey.aead().encrypt(secret, context(purpose));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal a platform secret", e);
    }
  }

  @Override
  public byte[] open(String purpose, byte[] sealed) {
    try {
      return masterKey.aead().decrypt(sealed, context(purpose));
    } catch (GeneralSecurityException e) {
      // no cause: it would say nothing useful and must not carry the bytes
      throw new IllegalStateException("a platform secret does not open with the master key for its purpose");
    }
  }

  static byte[] context(String purpose) {
    return ("tillid/platform-secret/v1|" + Objects.requireNonNull(purpose, "purpose")).getBytes(StandardCharsets.UTF_8);
  }
}
