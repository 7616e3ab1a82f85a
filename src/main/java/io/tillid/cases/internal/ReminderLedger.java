package io.tillid.cases.internal;

import io.tillid.platform.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code review_reminder} table: which user was reminded of which customer's review, for which
 * due date and stage. Claiming a reminder is the insert itself, so two nodes running the round at
 * once never remind twice (the second insert waits for the first and then does nothing).
 */
@Repository
class ReminderLedger {

  private final JdbcClient jdbc;

  ReminderLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** True when this reminder was not sent before and is now recorded as sent. */
  boolean claim(TenantId tenant, UUID customerId, LocalDate dueOn, UUID userId, String stage, Instant now) {
    return jdbc.sql("""
        insert into review_reminder (tenant_id, customer_id, due_on, user_id, stage, sent_at)
        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
        .params(tenant.value(), customerId, dueOn, userId, stage, Timestamp.from(now)).update() == 1;
  }
}
