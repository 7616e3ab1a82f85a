package io.tillid.customers.internal;

import io.tillid.access.DatasetAttributes;
import io.tillid.customers.internal.registry.RegistryOwner.Kind;
import io.tillid.platform.TenantPrincipal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds or registers the customers a lookup links to a company. Companies are found by
 * registration number and country among the customers the principal may see; persons among those
 * already linked to the company (by name), so that a second lookup of the same company does not
 * register its people twice. New customers get the company's dataset attributes.
 */
@Component
class RegistryParties {

  /** A party of the registry's answer, person or company. */
  record Party(String key, String name, Kind kind, String registrationNumber, String country, LocalDate birthDate,
      String nationality, String countryOfResidence) {

    @Override
    public String toString() {
      return "Party[" + kind + ", masked]";
    }
  }

  private final CustomerListing listing;
  private final CustomerRegistration registration;
  private final CustomerRepository customers;

  RegistryParties(CustomerListing listing, CustomerRegistration registration, CustomerRepository customers) {
    this.listing = listing;
    this.registration = registration;
    this.customers = customers;
  }

  /** The visible company customer with this registration number in this country, if any. */
  Optional<UUID> company(TenantPrincipal principal, String registrationNumber, String country) {
    return listing.search(principal, null, registrationNumber).stream()
        .filter(c -> CustomerType.COMPANY.value().equals(c.type()) && (country == null || country.equals(c.country())))
        .map(CustomerView::id).findFirst();
  }

  /** The customers already linked to a company, by type and lower-case name. */
  Map<String, UUID> linked(TenantPrincipal principal, List<UUID> members) {
    Map<String, UUID> byName = new HashMap<>();
    customers.byIds(principal.tenantId(), members).forEach(c -> byName.putIfAbsent(nameKey(c.type(), c.name()), c.id()));
    return byName;
  }

  static String nameKey(CustomerType type, String name) {
    return type.value() + ":" + name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * The customer for the party: found, or registered now ({@code created} true). Empty when a
   * company cannot be registered (no registration number or country) and is not found.
   */
  Optional<Resolved> resolve(TenantPrincipal principal, Party party, Map<String, UUID> linked,
      DatasetAttributes attributes) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (party.kind() == Kind.PERSON) {
      UUID known = linked.get(nameKey(CustomerType.PERSON, party.name()));
      if (known != null) {
        return Optional.of(new Resolved(known, false));
      }
      return Optional.of(new Resolved(registration.register(principal, new RegistryPersonInput(party.name(),
          party.birthDate(), party.nationality(), party.countryOfResidence()).validate(attributes, today)), true));
    }
    UUID known = linked.get(nameKey(CustomerType.COMPANY, party.name()));
    if (known == null && party.registrationNumber() != null) {
      known = company(principal, party.registrationNumber(), party.country()).orElse(null);
    }
    if (known != null) {
      return Optional.of(new Resolved(known, false));
    }
    if (party.registrationNumber() == null || party.country() == null) {
      return Optional.empty();
    }
    CustomerInput input = new CustomerInput("company", party.name(), null, null, null, null, null, null, null, null,
        party.registrationNumber(), party.country(), null, null, attributes.businessUnit(), attributes.sensitivity(),
        attributes.jurisdiction(), null, null);
    return Optional.of(new Resolved(registration.register(principal, input.validate(today)), true));
  }

  /** A party's customer id and whether this lookup registered it. */
  record Resolved(UUID id, boolean created) {}
}
