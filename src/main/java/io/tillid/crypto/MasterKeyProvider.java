package io.tillid.crypto;

import com.google.crypto.tink.Aead;
import java.net.URI;
import java.security.GeneralSecurityException;

/**
 * Opens the master key (key-encryption key) named by {@code TILLID_MASTER_KEY_URI}: one bean per
 * URI scheme ({@code file:} a local Tink keyset, {@code pkcs11:} an HSM, a cloud KMS). The master
 * key only wraps and unwraps tenant keysets; it never touches the database.
 */
public interface MasterKeyProvider {

  /** The URI scheme this provider handles, such as {@code file}. */
  String scheme();

  /** An AEAD backed by the master key the URI names; fails when it cannot be reached or used. */
  Aead open(URI uri) throws GeneralSecurityException;
}
