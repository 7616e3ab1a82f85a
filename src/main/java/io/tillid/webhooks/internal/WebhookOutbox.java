package io.tillid.webhooks.internal;

import io.tillid.platform.TenantId;
import io.tillid.webhooks.WebhookEvents;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link WebhookEvents} as an outbox: the payload ({@code {"type","timestamp","data"}}, the Standard
 * Webhooks shape) is written once per subscription in the caller's transaction, which must exist.
 */
@Component
class WebhookOutbox implements WebhookEvents {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SubscriptionRepository subscriptions;
  private final DeliveryRepository deliveries;

  WebhookOutbox(SubscriptionRepository subscriptions, DeliveryRepository deliveries) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public int raise(TenantId tenant, String eventType, Map<String, ?> data) {
    if (!TYPES.contains(eventType)) {
      throw new IllegalArgumentException("unknown webhook event type " + eventType);
    }
    var subscribed = subscriptions.subscribedTo(tenant, eventType);
    if (subscribed.isEmpty()) {
      return 0;
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("type", eventType);
    payload.put("timestamp", now.toString());
    payload.put("data", data);
    String body = JSON.writeValueAsString(payload);
    for (Subscription subscription : subscribed) {
      deliveries.insert(tenant, UUID.randomUUID(), subscription.id(), eventType, body, now);
    }
    return subscribed.size();
  }
}
