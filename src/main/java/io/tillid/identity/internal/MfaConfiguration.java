package io.tillid.identity.internal;

import io.tillid.platform.TenantPrincipal;
import java.security.SecureRandom;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MfaConfiguration {

  /** Counts nothing until the brute-force defence provides its own {@link SignInAttempts}. */
  @Bean
  @ConditionalOnMissingBean(SignInAttempts.class)
  SignInAttempts noSignInAttempts() {
    return new NoSignInAttempts();
  }

  private static final class NoSignInAttempts implements SignInAttempts {
    @Override
    public void failed(TenantPrincipal principal) {
      // nothing counts failures yet
    }

    @Override
    public void succeeded(TenantPrincipal principal) {
      // nothing counts failures yet
    }
  }

  @Bean
  SecureRandom mfaRandom() {
    return new SecureRandom();
  }
}
