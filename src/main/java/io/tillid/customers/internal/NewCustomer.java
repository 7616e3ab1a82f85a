package io.tillid.customers.internal;

import io.tillid.access.DatasetAttributes;
import java.time.LocalDate;

/**
 * A validated new customer: a person or a company, with its dataset attributes, the product
 * grading and onboarding channel ({@link CustomerInput#PRODUCTS}, {@link CustomerInput#CHANNELS}).
 */
record NewCustomer(CustomerType type, String name, String address, Person person, Company company,
    DatasetAttributes attributes, String product, String channel) {

  record Person(LocalDate birthDate, String nationality, String countryOfResidence, String nationalId,
      String relationshipPurpose, String sourceOfFunds, Boolean pepSelfDeclared) {

    @Override
    public String toString() {
      return "Person[masked]";
    }
  }

  record Company(String registrationNumber, String country, String industryCode, String legalForm,
      String relationshipPurpose) {}

  String relationshipPurpose() {
    return person != null ? person.relationshipPurpose() : company.relationshipPurpose();
  }

  @Override
  public String toString() {
    return "NewCustomer[" + type.value() + ", personal fields masked]";
  }
}
