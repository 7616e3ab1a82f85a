package io.tillid.webhooks.internal;

import io.tillid.platform.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sends the outbox: finds due deliveries across tenants, claims each (so that of several nodes
 * only one sends it), signs and posts it in its tenant's scope and logs the attempt. A failed
 * attempt is retried with exponential backoff until the attempts run out, then the delivery is
 * failed (a tenant administrator can send it again).
 */
@Component
class DeliveryWorker {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
  private static final Duration CLAIM_MARGIN = Duration.ofSeconds(30);

  private final DeliveryRepository deliveries;
  private final SubscriptionRepository subscriptions;
  private final WebhookSecrets secrets;
  private final WebhookSender sender;
  private final WebhookProperties properties;
  private final TransactionOperations transactions;

  DeliveryWorker(DeliveryRepository deliveries, SubscriptionRepository subscriptions, WebhookSecrets secrets,
      WebhookSender sender, WebhookProperties properties, TransactionOperations transactions) {
    this.deliveries = deliveries;
    this.subscriptions = subscriptions;
    this.secrets = secrets;
    this.sender = sender;
    this.properties = properties;
    this.transactions = transactions;
  }

  /** One round: every due delivery this node could claim gets one attempt; returns how many. */
  int runOnce() {
    Instant now = Instant.now();
    List<DeliveryRepository.Due> due = TenantScope.system("webhook deliveries: find due ones",
        () -> deliveries.due(now, properties.batchSize()));
    Instant claimedUntil = now.plus(properties.connectTimeout()).plus(properties.readTimeout()).plus(CLAIM_MARGIN);
    int attempted = 0;
    for (DeliveryRepository.Due delivery : due) {
      if (TenantScope.system("webhook deliveries: claim one", () -> deliveries.claim(delivery, now, claimedUntil))) {
        TenantScope.run(delivery.tenant(), () -> attempt(delivery));
        attempted++;
      }
    }
    return attempted;
  }

  /** Deletes the delivery log older than {@code tillid.webhooks.log-retention}; returns how many deliveries. */
  int housekeeping() {
    Instant before = Instant.now().minus(properties.logRetention());
    return TenantScope.system("webhook deliveries: delete old log", () -> deliveries.deleteFinishedBefore(before));
  }

  private void attempt(DeliveryRepository.Due due) {
    DeliveryRepository.Claimed delivery = deliveries.claimed(due.tenant(), due.id()).orElse(null);
    Subscription subscription = delivery == null ? null
        : subscriptions.find(due.tenant(), delivery.subscriptionId()).orElse(null);
    byte[] sealed = subscription == null ? null
        : subscriptions.sealedSecret(due.tenant(), subscription.id()).orElse(null);
    if (delivery == null || subscription == null || sealed == null) {
      return; // unsubscribed meanwhile: the delivery went with the subscription
    }
    String secret = secrets.unseal(due.tenant(), subscription.id(), sealed);
    Instant at = Instant.now();
    long timestamp = at.getEpochSecond();
    String messageId = "msg_" + delivery.id();
    WebhookSender.Result result = sender.send(subscription.url(), messageId, timestamp,
        StandardWebhookSignature.sign(secret, messageId, timestamp, delivery.payload()), delivery.payload());
    int attempt = delivery.attempts() + 1;
    int retries = delivery.retries() + 1;
    String status;
    Instant next = null;
    if (result.delivered()) {
      status = Delivery.DELIVERED;
    } else if (retries >= properties.maxAttempts()) {
      status = Delivery.FAILED;
    } else {
      status = Delivery.PENDING;
      next = at.plus(properties.retryDelayAfter(retries));
    }
    Instant nextAttempt = next;
    transactions.executeWithoutResult(tx -> deliveries.recordAttempt(due.tenant(), delivery.id(), attempt, at,
        result.statusCode(), result.outcome(), status, nextAttempt));
    LOG.atInfo().setMessage("webhook attempt")
        .addKeyValue("tenantId", due.tenant().value())
        .addKeyValue("subscriptionId", subscription.id())
        .addKeyValue("deliveryId", delivery.id())
        .addKeyValue("attempt", attempt)
        .addKeyValue("statusCode", result.statusCode())
        .addKeyValue("outcome", result.outcome())
        .addKeyValue("status", status)
        .log();
  }
}
