package io.tillid.webhooks.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.support.TestPrincipal;
import io.tillid.webhooks.WebhookEvents;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionOperations;

/** Subscribes endpoints and raises events through the product's own use cases, for tests in other packages. */
public final class WebhookTestSupport {

  private WebhookTestSupport() {}

  /** Subscribes the URL to every event type; returns the subscription's id. */
  public static UUID subscribe(ApplicationContext context, UUID tenant, UUID userId, String url) {
    SubscriptionAdmin admin = context.getBean(SubscriptionAdmin.class);
    TenantId id = new TenantId(tenant);
    return TenantScope.call(id, () -> admin.subscribe(new TestPrincipal(id, "user:" + userId), url,
        WebhookEvents.TYPES, null)).subscription().id();
  }

  /** Raises a review-due event for the tenant (one delivery per subscription to it). */
  public static void raiseReviewDue(ApplicationContext context, UUID tenant, UUID customerId) {
    WebhookEvents events = context.getBean(WebhookEvents.class);
    TransactionOperations transactions = context.getBean(TransactionOperations.class);
    TenantId id = new TenantId(tenant);
    TenantScope.run(id, () -> transactions.executeWithoutResult(tx -> events.raise(id, WebhookEvents.REVIEW_DUE,
        Map.of("customerId", customerId.toString(), "dueOn", "2026-01-01"))));
  }

  /** Runs the deletion of the old delivery log now; returns how many deliveries went. */
  public static int housekeeping(ApplicationContext context) {
    return context.getBean(DeliveryWorker.class).housekeeping();
  }
}
