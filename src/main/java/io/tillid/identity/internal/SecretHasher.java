package io.tillid.identity.internal;

import java.util.Optional;
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

  /**
   * A new hash when {@code secret} differs from the stored one or the stored hash is weaker than
   * today's parameters; empty when the stored hash can stay.
   */
  Optional<String> rehashIfChanged(String secret, String storedHash) {
    if (storedHash != null && encoder.matches(secret, storedHash) && !encoder.upgradeEncoding(storedHash)) {
      return Optional.empty();
    }
    return Optional.of(encoder.encode(secret));
  }
}
