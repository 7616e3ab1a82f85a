package io.tillid.risk.internal.config;

import io.tillid.risk.internal.reference.CountryRiskTables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The risk module's plain-Java parts as beans: the country risk tables, read once at start. */
@Configuration(proxyBeanMethods = false)
class RiskConfiguration {

  @Bean
  CountryRiskTables countryRiskTables() {
    return CountryRiskTables.shipped();
  }
}
