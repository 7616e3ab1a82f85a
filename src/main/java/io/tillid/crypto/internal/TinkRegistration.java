package io.tillid.crypto.internal;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import java.security.GeneralSecurityException;

/** Registers the Tink primitives the module uses, once, before any key is opened. */
final class TinkRegistration {

  static {
    try {
      AeadConfig.register();
      PrfConfig.register();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private TinkRegistration() {}

  /** Loading this class registers; calling this makes sure it has been loaded. */
  static void ensure() {
    // the static initialiser did the work
  }
}
