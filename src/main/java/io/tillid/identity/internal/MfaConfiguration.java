package io.tillid.identity.internal;

import java.security.SecureRandom;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MfaConfiguration {

  @Bean
  SecureRandom mfaRandom() {
    return new SecureRandom();
  }
}
