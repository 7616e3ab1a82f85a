package io.tillid.identity.internal;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Hashes passwords and client secrets, keeping a stored hash that still matches and is strong enough. */
@Component
class SecretHasher {

  private final PasswordEncoder encoder;

  SecretHasher(PasswordEncoder encoder) {
    this.encoder = encoder;
  }

  String hash(String secret) {
    return encoder.encode(secret);
  }

  /** The stored hash if it matches {@code secret} at today's parameters, otherwise a new hash. */
  String keepOrHash(String secret, String storedHash) {
    if (storedHash != null && encoder.matches(secret, storedHash) && !encoder.upgradeEncoding(storedHash)) {
      return storedHash;
    }
    return encoder.encode(secret);
  }
}
