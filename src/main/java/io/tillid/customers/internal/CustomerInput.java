package io.tillid.customers.internal;

import io.tillid.access.DatasetAttributes;
import java.time.LocalDate;

/**
 * A new customer as the API and the form send it: {@code type} decides which fields apply. The
 * dataset attributes are optional: business unit {@code general}, no sensitivity, and the
 * customer's own country as jurisdiction unless given.
 */
record CustomerInput(String type, String name, String birthDate, String nationality, String countryOfResidence,
    String nationalId, String address, String relationshipPurpose, String sourceOfFunds, Boolean pepSelfDeclared,
    String registrationNumber, String country, String industryCode, String legalForm,
    String businessUnit, String sensitivity, String jurisdiction, String product, String channel) {

  static final String DEFAULT_BUSINESS_UNIT = "general";

  /** The product gradings a customer may take ({@code risk.RiskInputs.Product}, lower case). */
  static final java.util.List<String> PRODUCTS = java.util.List.of("low", "standard", "high");
  static final String DEFAULT_PRODUCT = "standard";
  /** The onboarding channels ({@code risk.RiskInputs.Channel}, lower case). */
  static final java.util.List<String> CHANNELS = java.util.List.of("in_person", "remote_eid", "remote");
  static final String DEFAULT_CHANNEL = "in_person";

  /** Checks every field; the first refusal names its field. */
  NewCustomer validate(LocalDate today) {
    CustomerType kind = CustomerType.parse(Fields.text("type", type, 10, true));
    String cleanName = Fields.text("name", name, 300, true);
    String cleanAddress = Fields.text("address", address, 500, false);
    NewCustomer.Person person = null;
    NewCustomer.Company company = null;
    String home;
    if (kind == CustomerType.PERSON) {
      for (String[] field : new String[][] {{"registrationNumber", registrationNumber}, {"country", country},
          {"industryCode", industryCode}, {"legalForm", legalForm}}) {
        Fields.absent(field[0], field[1], kind);
      }
      person = new NewCustomer.Person(Fields.birthDate("birthDate", birthDate, today, true),
          Fields.country("nationality", nationality, true), Fields.country("countryOfResidence", countryOfResidence, true),
          checkedNationalId(), Fields.text("relationshipPurpose", relationshipPurpose, 1000, false),
          Fields.text("sourceOfFunds", sourceOfFunds, 1000, false), pepSelfDeclared);
      home = person.countryOfResidence();
    } else {
      for (String[] field : new String[][] {{"birthDate", birthDate}, {"nationality", nationality},
          {"countryOfResidence", countryOfResidence}, {"nationalId", nationalId}, {"sourceOfFunds", sourceOfFunds}}) {
        Fields.absent(field[0], field[1], kind);
      }
      Fields.absent("pepSelfDeclared", pepSelfDeclared, kind);
      company = new NewCustomer.Company(Fields.text("registrationNumber", registrationNumber, 50, true),
          Fields.country("country", country, true), Fields.industryCode("industryCode", industryCode),
          Fields.text("legalForm", legalForm, 100, false),
          Fields.text("relationshipPurpose", relationshipPurpose, 1000, false));
      home = company.country();
    }
    String unit = Fields.key("businessUnit", businessUnit, false);
    String sensitive = Fields.key("sensitivity", sensitivity, false);
    String governing = Fields.country("jurisdiction", jurisdiction, false);
    DatasetAttributes attributes = new DatasetAttributes(unit == null ? DEFAULT_BUSINESS_UNIT : unit, sensitive,
        governing == null ? home : governing);
    return new NewCustomer(kind, cleanName, cleanAddress, person, company, attributes,
        Fields.option("product", product, PRODUCTS, DEFAULT_PRODUCT),
        Fields.option("channel", channel, CHANNELS, DEFAULT_CHANNEL));
  }

  /** The input that registers exactly this customer (normalised values, as {@link #validate} leaves them). */
  static CustomerInput of(NewCustomer c) {
    NewCustomer.Person p = c.person();
    NewCustomer.Company k = c.company();
    return new CustomerInput(c.type().value(), c.name(),
        p == null || p.birthDate() == null ? null : p.birthDate().toString(), p == null ? null : p.nationality(),
        p == null ? null : p.countryOfResidence(), p == null ? null : p.nationalId(), c.address(),
        c.relationshipPurpose(), p == null ? null : p.sourceOfFunds(), p == null ? null : p.pepSelfDeclared(),
        k == null ? null : k.registrationNumber(), k == null ? null : k.country(), k == null ? null : k.industryCode(),
        k == null ? null : k.legalForm(), c.attributes().businessUnit(), c.attributes().sensitivity(),
        c.attributes().jurisdiction(), c.product(), c.channel());
  }

  /** Every field by its input name, in declaration order (values may be null). */
  java.util.Map<String, Object> fields() {
    java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
    for (java.lang.reflect.RecordComponent component : CustomerInput.class.getRecordComponents()) {
      try {
        fields.put(component.getName(), component.getAccessor().invoke(this));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return fields;
  }

  /** The input with these fields (by input name); the others as they are here. */
  CustomerInput with(java.util.Map<String, Object> changes) {
    java.util.Map<String, Object> f = fields();
    f.putAll(changes);
    return new CustomerInput((String) f.get("type"), (String) f.get("name"), (String) f.get("birthDate"),
        (String) f.get("nationality"), (String) f.get("countryOfResidence"), (String) f.get("nationalId"),
        (String) f.get("address"), (String) f.get("relationshipPurpose"), (String) f.get("sourceOfFunds"),
        (Boolean) f.get("pepSelfDeclared"), (String) f.get("registrationNumber"), (String) f.get("country"),
        (String) f.get("industryCode"), (String) f.get("legalForm"), (String) f.get("businessUnit"),
        (String) f.get("sensitivity"), (String) f.get("jurisdiction"), (String) f.get("product"),
        (String) f.get("channel"));
  }

  private String checkedNationalId() {
    String value = Fields.text("nationalId", nationalId, 64, false);
    if (value != null && NationalIds.normalise(value).isEmpty()) {
      throw new io.tillid.platform.InvalidFieldException("nationalId", "no-characters", "The field 'nationalId' has no letters or digits.");
    }
    return value;
  }

  @Override
  public String toString() {
    return "CustomerInput[type=" + type + ", personal fields masked]";
  }
}
