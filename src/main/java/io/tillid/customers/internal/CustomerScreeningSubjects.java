package io.tillid.customers.internal;

import io.tillid.customers.CustomerDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import io.tillid.screening.ScreeningSubject;
import io.tillid.screening.ScreeningSubjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Customers as screening sees them: name, birth date (decrypted here, never stored by screening),
 * countries and identifiers. Monitored customers are those whose relationship has not ended.
 */
@Component
class CustomerScreeningSubjects implements ScreeningSubjects {

  private final CustomerRepository customers;
  private final CustomerFields fields;
  private final CustomerDirectory directory;

  CustomerScreeningSubjects(CustomerRepository customers, CustomerFields fields, CustomerDirectory directory) {
    this.customers = customers;
    this.fields = fields;
    this.directory = directory;
  }

  @Override
  public List<ScreeningSubject> monitored(TenantId tenant, UUID after, int limit) {
    List<ScreeningSubject> subjects = new ArrayList<>();
    for (StoredCustomer customer : customers.monitored(tenant, after, limit)) {
      subjects.add(subject(tenant, customer));
    }
    return subjects;
  }

  @Override
  public int countMonitored(TenantId tenant) {
    return customers.countMonitored(tenant);
  }

  @Override
  public Map<UUID, String> visibleNames(TenantPrincipal principal, Collection<UUID> customerIds) {
    Map<UUID, String> names = new HashMap<>();
    directory.visible(principal, customerIds).forEach((id, ref) -> names.put(id, ref.name()));
    return names;
  }

  /** The customer's facts for screening. */
  ScreeningSubject subject(TenantId tenant, StoredCustomer customer) {
    String birth = fields.decrypt(tenant, customer.id(), CustomerFields.BIRTH_DATE, customer.birthDate());
    Set<String> countries = new LinkedHashSet<>();
    for (String country : new String[] {customer.nationality(), customer.countryOfResidence(), customer.country()}) {
      if (country != null) {
        countries.add(country);
      }
    }
    List<String> identifiers = new ArrayList<>();
    String nationalId = fields.decrypt(tenant, customer.id(), CustomerFields.NATIONAL_ID, customer.nationalId());
    if (nationalId != null) {
      identifiers.add(nationalId);
    }
    if (customer.registrationNumber() != null) {
      identifiers.add(customer.registrationNumber());
    }
    return new ScreeningSubject(customer.id(), customer.type() == CustomerType.COMPANY, customer.name(),
        birth == null ? null : LocalDate.parse(birth), countries, identifiers);
  }
}
