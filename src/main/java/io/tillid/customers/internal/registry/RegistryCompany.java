package io.tillid.customers.internal.registry;

import java.util.List;

/**
 * A company as a registry describes it today. {@code industryCode} is a NACE Rev. 2 code
 * ({@code dd.dd}) where the registry gives one, {@code country} an ISO 3166-1 alpha-2 code.
 */
public record RegistryCompany(String registry, String registrationNumber, String name, String country,
    String legalForm, String industryCode, String address, List<RegistryPerson> management,
    List<RegistryOwner> owners) {

  public RegistryCompany {
    management = List.copyOf(management);
    owners = List.copyOf(owners);
  }
}
