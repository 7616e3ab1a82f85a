package io.tillid.webhooks.internal;

import io.tillid.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenant's webhook subscriptions; the secret column holds the sealed secret only. */
@Repository
class SubscriptionRepository {

  private static final String COLUMNS = "id, url, event_types, description, created_by, created_at, secret_rotated_at";

  private final JdbcClient jdbc;

  SubscriptionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(TenantId tenant, Subscription subscription, byte[] sealedSecret) {
    jdbc.sql("insert into webhook_subscription (tenant_id, " + COLUMNS + ", secret) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(tenant.value(), subscription.id(), subscription.url(), String.join(",", subscription.eventTypes()),
            subscription.description(), subscription.createdBy(), Timestamp.from(subscription.createdAt()),
            Timestamp.from(subscription.secretRotatedAt()), sealedSecret)
        .update();
  }

  List<Subscription> list(TenantId tenant) {
    return jdbc.sql("select " + COLUMNS + " from webhook_subscription where tenant_id = ? order by created_at, id")
        .param(tenant.value()).query(SubscriptionRepository::row).list();
  }

  Optional<Subscription> find(TenantId tenant, UUID id) {
    return jdbc.sql("select " + COLUMNS + " from webhook_subscription where tenant_id = ? and id = ?")
        .params(tenant.value(), id).query(SubscriptionRepository::row).optional();
  }

  /** The subscriptions that receive an event type. */
  List<Subscription> subscribedTo(TenantId tenant, String eventType) {
    return list(tenant).stream().filter(s -> s.eventTypes().contains(eventType)).toList();
  }

  Optional<byte[]> sealedSecret(TenantId tenant, UUID id) {
    return jdbc.sql("select secret from webhook_subscription where tenant_id = ? and id = ?").params(tenant.value(), id)
        .query(byte[].class).optional();
  }

  boolean replaceSecret(TenantId tenant, UUID id, byte[] sealedSecret, Instant at) {
    return jdbc.sql("update webhook_subscription set secret = ?, secret_rotated_at = ? where tenant_id = ? and id = ?")
        .params(sealedSecret, Timestamp.from(at), tenant.value(), id).update() == 1;
  }

  /** Deletes the subscription with its deliveries and their attempts. */
  boolean delete(TenantId tenant, UUID id) {
    return jdbc.sql("delete from webhook_subscription where tenant_id = ? and id = ?").params(tenant.value(), id)
        .update() == 1;
  }

  private static Subscription row(ResultSet rs, int n) throws SQLException {
    return new Subscription(rs.getObject("id", UUID.class), rs.getString("url"),
        Arrays.asList(rs.getString("event_types").split(",")), rs.getString("description"), rs.getString("created_by"),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("secret_rotated_at").toInstant());
  }
}
