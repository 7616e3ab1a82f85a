package io.tillid.identity.internal;

import io.tillid.crypto.EncryptedColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the identity module stores encrypted, so data key rotations re-encrypt it. */
@Configuration(proxyBeanMethods = false)
class IdentityEncryptedColumns {

  @Bean
  EncryptedColumn totpSecret() {
    return TotpStore.SECRET;
  }
}
