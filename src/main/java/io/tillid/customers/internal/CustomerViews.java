package io.tillid.customers.internal;

import io.tillid.platform.TenantId;
import org.springframework.stereotype.Component;

/** Turns a stored customer into what is shown: decrypted, national identifier masked or revealed. */
@Component
class CustomerViews {

  private final CustomerFields fields;

  CustomerViews(CustomerFields fields) {
    this.fields = fields;
  }

  CustomerView masked(TenantId tenant, StoredCustomer c) {
    return view(tenant, c, false);
  }

  CustomerView revealed(TenantId tenant, StoredCustomer c) {
    return view(tenant, c, true);
  }

  /** The listing's view: nothing decrypted, identifiers masked. */
  CustomerView summary(StoredCustomer c) {
    return new CustomerView(c.id(), c.type().value(), c.name(), null, c.nationality(), c.countryOfResidence(),
        c.nationalId() == null ? null : CustomerView.MASK, c.nationalId() == null ? null : Boolean.TRUE, null,
        null, null, null, c.registrationNumber(), c.country(), c.industryCode(), null, c.product(), c.channel(),
        c.attributes().businessUnit(), c.attributes().sensitivity(), c.attributes().jurisdiction(), c.createdAt(),
        c.relationshipEndedOn(), keptUntil(c));
  }

  private CustomerView view(TenantId tenant, StoredCustomer c, boolean reveal) {
    String nationalId = null;
    Boolean masked = null;
    if (c.nationalId() != null) {
      nationalId = reveal ? fields.decrypt(tenant, c.id(), CustomerFields.NATIONAL_ID, c.nationalId()) : CustomerView.MASK;
      masked = !reveal;
    }
    return new CustomerView(c.id(), c.type().value(), c.name(),
        fields.decrypt(tenant, c.id(), CustomerFields.BIRTH_DATE, c.birthDate()), c.nationality(),
        c.countryOfResidence(), nationalId, masked, fields.decrypt(tenant, c.id(), CustomerFields.ADDRESS, c.address()),
        c.relationshipPurpose(), c.sourceOfFunds(), c.pepSelfDeclared(), c.registrationNumber(), c.country(),
        c.industryCode(), c.legalForm(), c.product(), c.channel(), c.attributes().businessUnit(), c.attributes().sensitivity(),
        c.attributes().jurisdiction(), c.createdAt(), c.relationshipEndedOn(), keptUntil(c));
  }

  private static java.time.LocalDate keptUntil(StoredCustomer c) {
    return c.relationshipEndedOn() == null ? null : c.relationshipEndedOn().plus(RelationshipEnd.RETENTION);
  }
}
