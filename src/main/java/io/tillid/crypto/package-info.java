/**
 * Key management: per-tenant keysets wrapped by the master key, envelope and field encryption, blind indexes, rotation and crypto-shredding.
 *
 * <p>The API: {@link io.tillid.crypto.FieldCipher} and {@link io.tillid.crypto.BlindIndex} for
 * modules that store personal identifiers, {@link io.tillid.crypto.EncryptedColumn} to declare the
 * columns a data key rotation re-encrypts, and {@link io.tillid.crypto.MasterKeyProvider}, the
 * plug-in point for where the master key lives ({@code file:}, {@code pkcs11:}, {@code aws-kms://}).
 * Operators use the {@code ./tillid keys} commands.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Crypto")
package io.tillid.crypto;
