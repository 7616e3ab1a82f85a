package io.tillid.customers.internal;

import io.tillid.crypto.EncryptedColumn;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CustomersProperties.class)
class CustomersConfiguration {

  /** The customer's encrypted columns, so data key rotations re-encrypt them. */
  @Bean
  EncryptedColumn customerBirthDate() {
    return new EncryptedColumn(CustomerFields.TABLE, CustomerFields.BIRTH_DATE);
  }

  @Bean
  EncryptedColumn customerNationalId() {
    return new EncryptedColumn(CustomerFields.TABLE, CustomerFields.NATIONAL_ID);
  }

  @Bean
  EncryptedColumn customerAddress() {
    return new EncryptedColumn(CustomerFields.TABLE, CustomerFields.ADDRESS);
  }
}
