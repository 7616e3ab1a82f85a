package io.tillid.platform.internal;

import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** Ready only once every migration has been applied. */
  @Bean
  HealthIndicator migrationsHealthIndicator(Flyway flyway) {
    return () -> flyway.info().pending().length == 0 ? Health.up().build() : Health.outOfService().build();
  }
}
