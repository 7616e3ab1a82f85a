package io.tillid.webhooks.internal;

import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.ObjectNotFound;
import io.tillid.platform.TenantPrincipal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads subscriptions and their delivery log in the principal's tenant. */
@Component
class WebhookQueries {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private final SubscriptionAdmin admin;
  private final SubscriptionRepository subscriptions;
  private final DeliveryRepository deliveries;

  WebhookQueries(SubscriptionAdmin admin, SubscriptionRepository subscriptions, DeliveryRepository deliveries) {
    this.admin = admin;
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
  }

  @Transactional(readOnly = true)
  List<Subscription> subscriptions(TenantPrincipal principal) {
    return subscriptions.list(principal.tenantId());
  }

  @Transactional(readOnly = true)
  Subscription subscription(TenantPrincipal principal, UUID id) {
    return admin.load(principal, id);
  }

  /** The subscription's latest deliveries, newest first. */
  @Transactional(readOnly = true)
  List<Delivery> deliveries(TenantPrincipal principal, UUID id, Integer limit) {
    int count = limit == null ? DEFAULT_LIMIT : limit;
    if (count < 1 || count > MAX_LIMIT) {
      throw new InvalidFieldException("limit", "limit", "The parameter 'limit' must be 1 to " + MAX_LIMIT + ".");
    }
    admin.load(principal, id);
    return deliveries.list(principal.tenantId(), id, count);
  }

  /** One delivery with its attempts. */
  record DeliveryLog(Delivery delivery, List<Delivery.Attempt> attempts) {}

  @Transactional(readOnly = true)
  DeliveryLog delivery(TenantPrincipal principal, UUID id, UUID deliveryId) {
    admin.load(principal, id);
    Delivery delivery = deliveries.find(principal.tenantId(), id, deliveryId)
        .orElseThrow(() -> new ObjectNotFound("webhook delivery"));
    return new DeliveryLog(delivery, deliveries.attempts(principal.tenantId(), deliveryId));
  }
}
