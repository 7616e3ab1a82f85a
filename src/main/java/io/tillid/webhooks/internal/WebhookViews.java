package io.tillid.webhooks.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the webhook API. */
final class WebhookViews {

  private WebhookViews() {}

  /** A subscription; {@code secret} only in the answer that made or rotated it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SubscriptionView(UUID id, String url, List<String> eventTypes, String description, Instant createdAt,
      Instant secretRotatedAt, String secret) {

    static SubscriptionView of(Subscription s, String secret) {
      return new SubscriptionView(s.id(), s.url(), s.eventTypes(), s.description(), s.createdAt(), s.secretRotatedAt(),
          secret);
    }
  }

  /** A delivery in the log; with its payload and attempts when read alone. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DeliveryView(UUID id, String messageId, String eventType, String status, int attempts, Integer lastStatusCode,
      Instant createdAt, Instant nextAttemptAt, Instant deliveredAt, String payload, List<Delivery.Attempt> log) {

    static DeliveryView of(Delivery d, List<Delivery.Attempt> log) {
      return new DeliveryView(d.id(), "msg_" + d.id(), d.eventType(), d.status(), d.attempts(), d.lastStatusCode(),
          d.createdAt(), Delivery.PENDING.equals(d.status()) ? d.nextAttemptAt() : null, d.deliveredAt(),
          log == null ? null : d.payload(), log);
    }
  }
}
