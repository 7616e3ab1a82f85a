package io.tillid.crypto;

/**
 * Secrets of the platform itself (not of a tenant), such as the OAuth token signing keys, sealed
 * under the master key so that the database holds them only encrypted. Each secret is bound to
 * its purpose: a sealed value copied to another purpose does not open.
 */
public interface PlatformSecrets {

  /**
   * Encrypts {@code secret} under the master key, bound to {@code purpose}.
   *
   * @param purpose what the secret is for, such as {@code oauth-signing-key/KID}; never personal data
   * @return the sealed bytes, safe to store
   */
  byte[] seal(String purpose, byte[] secret);

  /**
   * Decrypts what {@link #seal} made for the same purpose.
   *
   * @throws IllegalStateException when the bytes were not sealed for this purpose under the configured
   *     master key, or were altered
   */
  byte[] open(String purpose, byte[] sealed);
}
