package io.tillid.webhooks.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.AccessDenials;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.ObjectNotFound;
import io.tillid.platform.TenantPrincipal;
import io.tillid.webhooks.WebhookEvents;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant administrator's changes to webhook subscriptions: subscribe (the secret is shown once),
 * rotate the secret, unsubscribe, send a delivery again. Each is audited; another tenant's
 * subscription is not found.
 */
@Component
class SubscriptionAdmin {

  static final int MAX_SUBSCRIPTIONS = 50;
  private static final int MAX_DESCRIPTION = 200;

  private final SubscriptionRepository subscriptions;
  private final DeliveryRepository deliveries;
  private final WebhookSecrets secrets;
  private final EndpointPolicy endpoints;
  private final AuditTrail audit;

  SubscriptionAdmin(SubscriptionRepository subscriptions, DeliveryRepository deliveries, WebhookSecrets secrets,
      EndpointPolicy endpoints, AuditTrail audit) {
    this.subscriptions = subscriptions;
    this.deliveries = deliveries;
    this.secrets = secrets;
    this.endpoints = endpoints;
    this.audit = audit;
  }

  /** A new subscription with its secret, which is shown this once. */
  record Created(Subscription subscription, String secret) {}

  @Transactional
  Created subscribe(TenantPrincipal principal, String url, List<String> eventTypes, String description) {
    String checkedUrl = endpoints.check(url).toString();
    List<String> types = checkedTypes(eventTypes);
    String text = description == null || description.isBlank() ? null : description.strip();
    if (text != null && text.length() > MAX_DESCRIPTION) {
      throw new InvalidFieldException("description", "length", "The field 'description' may have at most "
          + MAX_DESCRIPTION + " characters.");
    }
    if (subscriptions.list(principal.tenantId()).size() >= MAX_SUBSCRIPTIONS) {
      throw new InvalidFieldException("url", "limit", "At most " + MAX_SUBSCRIPTIONS + " webhook subscriptions.");
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Subscription subscription = new Subscription(UUID.randomUUID(), checkedUrl, types, text, principal.principalId(),
        now, now);
    String secret = StandardWebhookSignature.newSecret();
    subscriptions.insert(principal.tenantId(), subscription, secrets.seal(principal.tenantId(), subscription.id(),
        secret));
    audit.record(new AuditEvent(principal.tenantId(), principal.principalId(), "webhook.subscription.created",
        "webhook", subscription.id().toString(), Map.of("eventTypes", String.join(",", types))));
    return new Created(subscription, secret);
  }

  private static List<String> checkedTypes(List<String> eventTypes) {
    List<String> types = new ArrayList<>(new LinkedHashSet<>(eventTypes == null ? List.of() : eventTypes));
    if (types.isEmpty() || !WebhookEvents.TYPES.containsAll(types)) {
      throw new InvalidFieldException("eventTypes", "event-types", "The field 'eventTypes' must list one or more of "
          + String.join(", ", WebhookEvents.TYPES) + ".");
    }
    return types;
  }

  /** A new secret for the subscription; the old one stops signing at once. */
  @Transactional
  String rotateSecret(TenantPrincipal principal, UUID id) {
    Subscription subscription = load(principal, id);
    String secret = StandardWebhookSignature.newSecret();
    subscriptions.replaceSecret(principal.tenantId(), id, secrets.seal(principal.tenantId(), id, secret),
        Instant.now());
    audit.record(AuditEvent.of(principal.tenantId(), principal.principalId(), "webhook.secret.rotated", "webhook",
        subscription.id().toString()));
    return secret;
  }

  @Transactional
  void unsubscribe(TenantPrincipal principal, UUID id) {
    load(principal, id);
    subscriptions.delete(principal.tenantId(), id);
    audit.record(AuditEvent.of(principal.tenantId(), principal.principalId(), "webhook.subscription.deleted",
        "webhook", id.toString()));
  }

  /** Sends a delivery again now, with a fresh round of retries. */
  @Transactional
  void resend(TenantPrincipal principal, UUID id, UUID deliveryId) {
    load(principal, id);
    if (!deliveries.resend(principal.tenantId(), id, deliveryId, Instant.now())) {
      throw new ObjectNotFound("webhook delivery");
    }
    audit.record(new AuditEvent(principal.tenantId(), principal.principalId(), "webhook.delivery.resent",
        "webhook", id.toString(), Map.of("deliveryId", deliveryId.toString())));
  }

  Subscription load(TenantPrincipal principal, UUID id) {
    return subscriptions.find(principal.tenantId(), id).orElseThrow(() -> {
      AccessDenials.objectNotVisible("webhook", id.toString());
      return new ObjectNotFound("webhook");
    });
  }
}
