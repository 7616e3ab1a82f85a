package io.tillid.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.crypto.PlatformSecrets;
import io.tillid.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Platform secrets are sealed under the master key and open only for the purpose they were sealed for. */
class PlatformSecretsIT extends IntegrationTest {

  @Autowired
  PlatformSecrets secrets;

  @Test
  void aSealedSecretOpensOnlyForItsPurposeAndUnaltered() {
    byte[] secret = "a private signing key".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = secrets.seal("oauth-signing-key/one", secret);
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("private signing key");
    assertThat(secrets.open("oauth-signing-key/one", sealed)).isEqualTo(secret);

    assertThatThrownBy(() -> secrets.open("oauth-signing-key/two", sealed)).isInstanceOf(IllegalStateException.class)
        .hasNoCause();
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> secrets.open("oauth-signing-key/one", sealed)).isInstanceOf(IllegalStateException.class);
  }
}
