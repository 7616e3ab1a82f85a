package io.tillid.customers.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.TenantPrincipal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that the business relationship with a customer ended, which starts the five-year period
 * its records must be kept (Danish AML Act § 30) — and after which they must go. Once set, the
 * date is not moved (a second call with another date is refused).
 */
@Component
class RelationshipEnd {

  /** How long records are kept after the relationship ends. */
  static final Period RETENTION = Period.ofYears(5);

  private final VisibleCustomers customers;
  private final JdbcClient jdbc;
  private final AuditTrail audit;

  RelationshipEnd(VisibleCustomers customers, JdbcClient jdbc, AuditTrail audit) {
    this.customers = customers;
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** Returns the date until which the customer's records are kept. */
  @Transactional
  LocalDate end(TenantPrincipal principal, UUID id, String endedOn) {
    customers.load(principal, id);
    LocalDate date = Fields.pastDate("endedOn", endedOn, LocalDate.now(ZoneOffset.UTC));
    LocalDate existing = jdbc.sql("select relationship_ended_on from customer where tenant_id = ? and id = ?")
        .params(principal.tenantId().value(), id).query(LocalDate.class).optional().orElse(null);
    if (existing != null && !existing.equals(date)) {
      throw new InvalidFieldException("endedOn", "already-ended", "The relationship already ended on another date.");
    }
    if (existing == null) {
      jdbc.sql("update customer set relationship_ended_on = ?, updated_at = current_timestamp where tenant_id = ? and id = ?")
          .params(date, principal.tenantId().value(), id).update();
      audit.record(new AuditEvent(principal.tenantId(), principal.principalId(), "customer.relationship.ended",
          "customer", id.toString(), Map.of("endedOn", date.toString(), "keepUntil", date.plus(RETENTION).toString())));
    }
    return date.plus(RETENTION);
  }
}
