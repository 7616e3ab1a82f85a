package io.tillid.crypto.internal;

import com.google.crypto.tink.Aead;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM in the HSM as a Tink {@link Aead}: output is a version byte, the 12-byte random nonce and
 * the ciphertext with its 16-byte tag. Used only to wrap keysets, a few times per tenant, so the
 * nonce's birthday bound is far away.
 */
final class Pkcs11Aead implements Aead {

  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] NO_DATA = new byte[0];

  private final Provider provider;
  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  Pkcs11Aead(Provider provider, SecretKey key) {
    this.provider = provider;
    this.key = key;
  }

  @Override
  public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", provider);
    cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(associatedData == null ? NO_DATA : associatedData);
    byte[] sealed = cipher.doFinal(plaintext);
    return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
  }

  @Override
  public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
    if (ciphertext.length < 1 + NONCE_BYTES + TAG_BITS / 8 || ciphertext[0] != VERSION) {
      throw new GeneralSecurityException("not a ciphertext of this master key");
    }
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", provider);
    cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 1, NONCE_BYTES));
    cipher.updateAAD(associatedData == null ? NO_DATA : associatedData);
    return cipher.doFinal(ciphertext, 1 + NONCE_BYTES, ciphertext.length - 1 - NONCE_BYTES);
  }
}
