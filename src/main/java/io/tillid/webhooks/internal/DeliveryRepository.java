package io.tillid.webhooks.internal;

import io.tillid.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The webhook outbox and its delivery log. */
@Repository
class DeliveryRepository {

  private static final String COLUMNS = "id, subscription_id, event_type, payload, status, attempts, next_attempt_at,"
      + " last_status_code, created_at, delivered_at";

  private final JdbcClient jdbc;

  DeliveryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(TenantId tenant, UUID id, UUID subscriptionId, String eventType, String payload, Instant at) {
    jdbc.sql("""
        insert into webhook_delivery (tenant_id, id, subscription_id, event_type, payload, status, attempts, retry_base,
          next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, 0, 0, ?, ?)""")
        .params(tenant.value(), id, subscriptionId, eventType, payload, Delivery.PENDING, Timestamp.from(at),
            Timestamp.from(at))
        .update();
  }

  /** The subscription's deliveries, newest first. */
  List<Delivery> list(TenantId tenant, UUID subscriptionId, int limit) {
    return jdbc.sql("select " + COLUMNS + " from webhook_delivery where tenant_id = ? and subscription_id = ?"
            + " order by created_at desc, id limit ?")
        .params(tenant.value(), subscriptionId, limit).query(DeliveryRepository::row).list();
  }

  Optional<Delivery> find(TenantId tenant, UUID subscriptionId, UUID id) {
    return jdbc.sql("select " + COLUMNS + " from webhook_delivery where tenant_id = ? and subscription_id = ? and id = ?")
        .params(tenant.value(), subscriptionId, id).query(DeliveryRepository::row).optional();
  }

  List<Delivery.Attempt> attempts(TenantId tenant, UUID deliveryId) {
    return jdbc.sql("select attempt, attempted_at, status_code, outcome from webhook_attempt"
            + " where tenant_id = ? and delivery_id = ? order by attempt")
        .params(tenant.value(), deliveryId)
        .query((rs, n) -> new Delivery.Attempt(rs.getInt("attempt"), rs.getTimestamp("attempted_at").toInstant(),
            (Integer) rs.getObject("status_code", Integer.class), rs.getString("outcome")))
        .list();
  }

  /** A delivery due for an attempt, named by tenant and id (read across tenants by the sender). */
  record Due(TenantId tenant, UUID id) {}

  /** Pending deliveries whose next attempt is due and that no sender holds; call in the system scope. */
  List<Due> due(Instant now, int limit) {
    return jdbc.sql("""
        select tenant_id, id from webhook_delivery where status = ? and next_attempt_at <= ?
          and (claimed_until is null or claimed_until < ?) order by next_attempt_at limit ?""")
        .params(Delivery.PENDING, Timestamp.from(now), Timestamp.from(now), limit)
        .query((rs, n) -> new Due(new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getObject("id", UUID.class)))
        .list();
  }

  /** Takes the delivery for one attempt until {@code until}, unless another sender holds it. */
  boolean claim(Due due, Instant now, Instant until) {
    return jdbc.sql("""
        update webhook_delivery set claimed_until = ? where tenant_id = ? and id = ? and status = ?
          and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)""")
        .params(Timestamp.from(until), due.tenant().value(), due.id(), Delivery.PENDING, Timestamp.from(now),
            Timestamp.from(now))
        .update() == 1;
  }

  /** The claimed delivery with the number of its attempts since the last re-send. */
  record Claimed(UUID id, UUID subscriptionId, String eventType, String payload, int attempts, int retries) {}

  Optional<Claimed> claimed(TenantId tenant, UUID id) {
    return jdbc.sql("select id, subscription_id, event_type, payload, attempts, retry_base from webhook_delivery"
            + " where tenant_id = ? and id = ?")
        .params(tenant.value(), id)
        .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
            rs.getString("event_type"), rs.getString("payload"), rs.getInt("attempts"),
            rs.getInt("attempts") - rs.getInt("retry_base")))
        .optional();
  }

  /** Logs an attempt and sets what follows: delivered, failed, or pending until {@code nextAttemptAt}. */
  void recordAttempt(TenantId tenant, UUID id, int attempt, Instant at, Integer statusCode, String outcome,
      String status, Instant nextAttemptAt) {
    jdbc.sql("insert into webhook_attempt (tenant_id, delivery_id, attempt, attempted_at, status_code, outcome)"
            + " values (?, ?, ?, ?, ?, ?)")
        .params(tenant.value(), id, attempt, Timestamp.from(at), statusCode, outcome).update();
    jdbc.sql("""
        update webhook_delivery set attempts = ?, status = ?, last_status_code = ?, claimed_until = null,
          next_attempt_at = ?, delivered_at = ? where tenant_id = ? and id = ?""")
        .params(attempt, status, statusCode, nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt),
            Delivery.DELIVERED.equals(status) ? Timestamp.from(at) : null, tenant.value(), id)
        .update();
  }

  /** Sends the delivery again now, with a fresh round of retries. */
  boolean resend(TenantId tenant, UUID subscriptionId, UUID id, Instant now) {
    return jdbc.sql("""
        update webhook_delivery set status = ?, retry_base = attempts, next_attempt_at = ?, claimed_until = null
          where tenant_id = ? and subscription_id = ? and id = ?""")
        .params(Delivery.PENDING, Timestamp.from(now), tenant.value(), subscriptionId, id).update() == 1;
  }

  /** Deletes delivered and failed deliveries (attempts with them) made before {@code before}; call in the system scope. */
  int deleteFinishedBefore(Instant before) {
    return jdbc.sql("delete from webhook_delivery where status in (?, ?) and created_at < ?")
        .params(Delivery.DELIVERED, Delivery.FAILED, Timestamp.from(before)).update();
  }

  private static Delivery row(ResultSet rs, int n) throws SQLException {
    Timestamp next = rs.getTimestamp("next_attempt_at");
    Timestamp delivered = rs.getTimestamp("delivered_at");
    return new Delivery(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
        rs.getString("event_type"), rs.getString("payload"), rs.getString("status"), rs.getInt("attempts"),
        next == null ? null : next.toInstant(), (Integer) rs.getObject("last_status_code", Integer.class),
        rs.getTimestamp("created_at").toInstant(), delivered == null ? null : delivered.toInstant());
  }
}
