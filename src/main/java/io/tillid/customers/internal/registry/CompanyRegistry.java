package io.tillid.customers.internal.registry;

import java.util.Optional;

/**
 * A public company register that can be asked about one company by its number. Each connector is
 * a bean with its own {@link #id()}; {@link CompanyRegistries} chooses among the configured ones.
 */
public interface CompanyRegistry {

  /** The registry's id as callers name it: {@code cvr}, {@code gleif}, {@code companies-house}. */
  String id();

  /**
   * The company the registry holds under this number, or empty when it has none.
   *
   * @throws InvalidRegistrationNumber when the number cannot be one of this registry's
   * @throws RegistryFailure when the registry does not answer or answers something unexpected
   */
  Optional<RegistryCompany> lookup(String registrationNumber);
}
