package io.tillid.crypto.internal;

/** The tenant's keys were destroyed (crypto-shredding): nothing of it can be read or written again. */
class KeysDestroyedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  KeysDestroyedException() {
    super("the tenant's keys were destroyed");
  }
}
