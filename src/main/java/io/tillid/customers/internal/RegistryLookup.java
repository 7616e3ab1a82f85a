package io.tillid.customers.internal;

import io.tillid.customers.internal.registry.CompanyRegistries;
import io.tillid.customers.internal.registry.CompanyRegistry;
import io.tillid.customers.internal.registry.RegistryCompany;
import io.tillid.platform.TenantPrincipal;
import org.springframework.stereotype.Component;

/**
 * Looks a company up in a registry and records it with its owners and management. The registry is
 * asked before the transaction begins, so a slow registry holds no database connection.
 */
@Component
class RegistryLookup {

  private final CompanyRegistries registries;
  private final RegistryImport importer;

  RegistryLookup(CompanyRegistries registries, RegistryImport importer) {
    this.registries = registries;
    this.importer = importer;
  }

  /**
   * @throws io.tillid.platform.InvalidFieldException naming the field (unknown or unconfigured
   *     registry, a number the registry cannot have, bad attributes)
   * @throws RegistryCompanyNotFound when the registry has no such company
   * @throws io.tillid.customers.internal.registry.RegistryFailure when the registry cannot be used
   */
  LookupResult lookup(TenantPrincipal principal, RegistryLookupRequest input) {
    RegistryLookupRequest request = input.validate();
    CompanyRegistry registry = registries.choose(request.registry());
    RegistryCompany found = registry.lookup(request.registrationNumber()).orElseThrow(RegistryCompanyNotFound::new);
    return importer.apply(principal, found, request);
  }
}
