package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashes are Argon2id with parameters no weaker than Keycloak's defaults in any respect. */
class PasswordHashingTest {

  private static final Pattern PARAMETERS = Pattern.compile("^\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$");

  /** Keycloak's default Argon2 password policy (memory KiB, iterations, parallelism). */
  private static final int KEYCLOAK_MEMORY = 7_168;
  private static final int KEYCLOAK_ITERATIONS = 5;
  private static final int KEYCLOAK_PARALLELISM = 1;

  @Test
  void argon2idAtLeastAsStrongAsKeycloak() {
    PasswordEncoder encoder = new IdentityConfiguration().passwordEncoder();
    String hash = encoder.encode("a long test passphrase for hashing");

    Matcher parameters = PARAMETERS.matcher(hash);
    assertThat(parameters.find()).as("Argon2id hash").isTrue();
    assertThat(Integer.parseInt(parameters.group(1))).isGreaterThanOrEqualTo(KEYCLOAK_MEMORY);
    assertThat(Integer.parseInt(parameters.group(2))).isGreaterThanOrEqualTo(KEYCLOAK_ITERATIONS);
    assertThat(Integer.parseInt(parameters.group(3))).isGreaterThanOrEqualTo(KEYCLOAK_PARALLELISM);
    assertThat(encoder.matches("a long test passphrase for hashing", hash)).isTrue();
    assertThat(encoder.upgradeEncoding(hash)).isFalse();
  }
}
