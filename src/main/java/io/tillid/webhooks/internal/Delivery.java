package io.tillid.webhooks.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One event on its way to one subscription. Its id is the message's {@code webhook-id}, the same
 * on every attempt, so a receiver can drop duplicates.
 *
 * @param status {@code pending} (waiting for its next attempt), {@code delivered} or {@code failed}
 *     (every attempt failed)
 */
record Delivery(UUID id, UUID subscriptionId, String eventType, String payload, String status, int attempts,
    Instant nextAttemptAt, Integer lastStatusCode, Instant createdAt, Instant deliveredAt) {

  static final String PENDING = "pending";
  static final String DELIVERED = "delivered";
  static final String FAILED = "failed";

  /** One attempt: when, the status code answered (null when none) and what came of it. */
  record Attempt(int attempt, Instant at, Integer statusCode, String outcome) {}
}
