package io.tillid.customers.internal.registry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One bean per enabled registry; {@link CompanyRegistries} finds them by id. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegistriesProperties.class)
class RegistriesConfiguration {

  @Bean
  @ConditionalOnProperty(name = "tillid.registries.cvr.enabled", havingValue = "true")
  CompanyRegistry cvrRegistry(RegistriesProperties properties) {
    RegistriesProperties.Cvr cvr = properties.cvr();
    return new CvrRegistry(new RegistryClient(CvrParser.REGISTRY, cvr.url(), properties.timeouts(), cvr.username(),
        cvr.password()));
  }

  @Bean
  @ConditionalOnProperty(name = "tillid.registries.gleif.enabled", havingValue = "true")
  CompanyRegistry gleifRegistry(RegistriesProperties properties) {
    return new GleifRegistry(new RegistryClient(GleifParser.REGISTRY, properties.gleif().url(),
        properties.timeouts(), null, null));
  }

  @Bean
  @ConditionalOnProperty(name = "tillid.registries.companies-house.enabled", havingValue = "true")
  CompanyRegistry companiesHouseRegistry(RegistriesProperties properties) {
    return new CompaniesHouseRegistry(new RegistryClient(CompaniesHouseParser.REGISTRY,
        properties.companiesHouse().url(), properties.timeouts(), properties.companiesHouse().apiKey(), ""));
  }
}
