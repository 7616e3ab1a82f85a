package io.tillid.customers.internal;

import io.tillid.access.DatasetAttributes;
import java.time.LocalDate;

/**
 * A person as a company registry lists it. Registries seldom give a birth date or nationality, so
 * here they may be missing, unlike in {@link CustomerInput} (the form and the API keep requiring
 * them for a person registered by hand): this type is only built from a registry's answer, never
 * from a caller's input. What is given is checked like any other customer's.
 */
record RegistryPersonInput(String name, LocalDate birthDate, String nationality, String countryOfResidence) {

  NewCustomer validate(DatasetAttributes attributes, LocalDate today) {
    String cleanName = Fields.text("name", name, 300, true);
    LocalDate born = birthDate == null ? null : Fields.pastDate("birthDate", birthDate.toString(), today);
    NewCustomer.Person person = new NewCustomer.Person(born, Fields.country("nationality", nationality, false),
        Fields.country("countryOfResidence", countryOfResidence, false), null, null, null, null);
    return new NewCustomer(CustomerType.PERSON, cleanName, null, person, null, attributes,
        CustomerInput.DEFAULT_PRODUCT, CustomerInput.DEFAULT_CHANNEL);
  }

  @Override
  public String toString() {
    return "RegistryPersonInput[personal fields masked]";
  }
}
