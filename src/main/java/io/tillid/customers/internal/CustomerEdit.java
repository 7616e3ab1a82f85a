package io.tillid.customers.internal;

import io.tillid.access.AttributeGrants;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits a customer the principal may see: the edited record passes the registration's checks, its
 * attributes must stay within the principal's grants (no one moves a customer where they could not
 * see it), the edit applies only to the version it was made on, and it is audited with the names of
 * the changed fields (never their values). What follows a change (risk re-assessment) runs through
 * {@link CustomerChecks} (screened again, risk re-assessed) in the same transaction.
 */
@Component
class CustomerEdit {

  private final VisibleCustomers visible;
  private final CustomerRepository customers;
  private final CustomerFields fields;
  private final AttributeGrants grants;
  private final AuditTrail audit;
  private final CustomerChecks checks;

  CustomerEdit(VisibleCustomers visible, CustomerRepository customers, CustomerFields fields, AttributeGrants grants,
      AuditTrail audit, CustomerChecks checks) {
    this.visible = visible;
    this.customers = customers;
    this.fields = fields;
    this.grants = grants;
    this.audit = audit;
    this.checks = checks;
  }

  /** The outcome: the names of the fields that changed (empty: nothing was stored) and the version now. */
  record Outcome(Set<String> changed, long version) {}

  /** The customer as an input that would register it now, for the edit form and for merge patches. */
  @Transactional(readOnly = true)
  Editable editable(TenantPrincipal principal, UUID id) {
    StoredCustomer stored = visible.load(principal, id);
    return new Editable(input(principal.tenantId(), stored), customers.version(principal.tenantId(), id));
  }

  /** A customer's fields as input, and the version they are of. */
  record Editable(CustomerInput input, long version) {

    @Override
    public String toString() {
      return "Editable[version=" + version + "]";
    }
  }

  /**
   * Applies {@code edit} to the customer's current input and stores the result if every field
   * passes. {@code expectedVersion} is the version the caller read (null: none; the API requires
   * one). Throws {@link io.tillid.platform.InvalidFieldException} naming the first bad field,
   * {@link OptimisticLockingFailureException} when the customer changed since, and
   * {@link AccessDeniedException} for attributes outside the principal's grants.
   */
  @Transactional
  Outcome edit(TenantPrincipal principal, UUID id, long expectedVersion, UnaryOperator<CustomerInput> edit) {
    TenantId tenant = principal.tenantId();
    StoredCustomer stored = visible.load(principal, id);
    CustomerInput before = input(tenant, stored);
    CustomerInput requested = edit.apply(before);
    if (!Objects.equals(requested.type(), before.type())) {
      throw new io.tillid.platform.InvalidFieldException("type", "immutable",
          "The field 'type' cannot be changed; register the customer anew.");
    }
    NewCustomer customer = requested.validate(LocalDate.now(ZoneOffset.UTC));
    Set<String> changed = changedFields(before, CustomerInput.of(customer));
    long version = customers.version(tenant, id);
    if (version != expectedVersion) {
      throw new OptimisticLockingFailureException("customer changed since it was read");
    }
    if (changed.isEmpty()) {
      return new Outcome(changed, version);
    }
    if (!grants.of(principal).permits(customer.attributes())) {
      throw new AccessDeniedException("attributes outside the principal's grants");
    }
    // the type cannot change (refused above), so the validated customer's type is the stored one
    StoredCustomer updated = fields.seal(tenant, id, customer, stored.createdBy(), stored.createdAt(),
        stored.relationshipEndedOn());
    if (!customers.update(tenant, updated, expectedVersion)) {
      throw new OptimisticLockingFailureException("customer changed since it was read");
    }
    audit.record(new AuditEvent(tenant, principal.principalId(), "customer.updated", "customer", id.toString(),
        Map.of("fields", String.join(",", changed), "version", Long.toString(expectedVersion + 1))));
    checks.afterEdit(tenant, principal.principalId(), id, changed);
    return new Outcome(changed, expectedVersion + 1);
  }

  private CustomerInput input(TenantId tenant, StoredCustomer c) {
    return new CustomerInput(c.type().value(), c.name(),
        fields.decrypt(tenant, c.id(), CustomerFields.BIRTH_DATE, c.birthDate()), c.nationality(),
        c.countryOfResidence(), fields.decrypt(tenant, c.id(), CustomerFields.NATIONAL_ID, c.nationalId()),
        fields.decrypt(tenant, c.id(), CustomerFields.ADDRESS, c.address()), c.relationshipPurpose(),
        c.sourceOfFunds(), c.pepSelfDeclared(), c.registrationNumber(), c.country(), c.industryCode(), c.legalForm(),
        c.attributes().businessUnit(), c.attributes().sensitivity(), c.attributes().jurisdiction(), c.product(),
        c.channel());
  }

  private static Set<String> changedFields(CustomerInput before, CustomerInput after) {
    Map<String, Object> old = before.fields();
    Set<String> changed = new TreeSet<>();
    after.fields().forEach((field, value) -> {
      if (!Objects.equals(old.get(field), value)) {
        changed.add(field);
      }
    });
    return changed;
  }
}
