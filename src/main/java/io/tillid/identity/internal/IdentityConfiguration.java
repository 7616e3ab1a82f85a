package io.tillid.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

  /**
   * Argon2id no weaker than Keycloak's default in any parameter (Keycloak: 7 MiB, 5 passes, one
   * lane, 16-byte salt, 32-byte hash) and at the OWASP memory recommendation: 19 MiB, 5 passes, one
   * lane, a 16-byte salt and a 32-byte hash. Used for user and admin passwords and client secrets;
   * hashes made with weaker parameters are upgraded at the next sign-in.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    return new Argon2PasswordEncoder(16, 32, 1, 19_456, 5);
  }

  /** The one password policy, with the blocklist loaded once. */
  @Bean
  PasswordPolicy passwordPolicy() {
    return PasswordPolicy.standard();
  }
}
