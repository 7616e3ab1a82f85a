package io.tillid.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

  /**
   * Argon2id at (or above) the OWASP minimum: 19 MiB of memory, two passes, one lane, a 16-byte
   * salt and a 32-byte hash. Used for user and admin passwords and for client secrets.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    return new Argon2PasswordEncoder(16, 32, 1, 19_456, 2);
  }

  /** The one password policy, with the blocklist loaded once. */
  @Bean
  PasswordPolicy passwordPolicy() {
    return PasswordPolicy.standard();
  }
}
