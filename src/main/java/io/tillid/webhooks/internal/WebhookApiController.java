package io.tillid.webhooks.internal;

import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.web.SecretAnswers;
import io.tillid.webhooks.internal.WebhookViews.DeliveryView;
import io.tillid.webhooks.internal.WebhookViews.SubscriptionView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/webhooks}: subscribe an endpoint (the answer carries the signing secret, once),
 * list, read, unsubscribe, rotate the secret, read the delivery log and send a delivery again.
 * Answers that carry a secret are {@code Cache-Control: no-store} and never kept for
 * Idempotency-Key replays (a retry runs again).
 */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookApiController {

  private final SubscriptionAdmin admin;
  private final WebhookQueries queries;

  WebhookApiController(SubscriptionAdmin admin, WebhookQueries queries) {
    this.admin = admin;
    this.queries = queries;
  }

  record Subscribe(String url, List<String> eventTypes, String description) {}

  @PostMapping
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  ResponseEntity<SubscriptionView> subscribe(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestBody Subscribe body) {
    SecretAnswers.markCurrentRequest();
    SubscriptionAdmin.Created created = admin.subscribe(principal, body.url(), body.eventTypes(), body.description());
    return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.subscription().id()))
        .cacheControl(CacheControl.noStore())
        .body(SubscriptionView.of(created.subscription(), created.secret()));
  }

  @GetMapping
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  Map<String, List<SubscriptionView>> list(@AuthenticationPrincipal TenantPrincipal principal) {
    return Map.of("items", queries.subscriptions(principal).stream().map(s -> SubscriptionView.of(s, null)).toList());
  }

  @GetMapping("/{id}")
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  SubscriptionView one(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return SubscriptionView.of(queries.subscription(principal, id), null);
  }

  @DeleteMapping("/{id}")
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  ResponseEntity<Void> unsubscribe(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    admin.unsubscribe(principal, id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/rotate-secret")
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  ResponseEntity<SubscriptionView> rotateSecret(@AuthenticationPrincipal TenantPrincipal principal,
      @PathVariable UUID id) {
    SecretAnswers.markCurrentRequest();
    String secret = admin.rotateSecret(principal, id);
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(SubscriptionView.of(queries.subscription(principal, id), secret));
  }

  @GetMapping("/{id}/deliveries")
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  Map<String, List<DeliveryView>> deliveries(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestParam(name = "limit", required = false) Integer limit) {
    return Map.of("items", queries.deliveries(principal, id, limit).stream().map(d -> DeliveryView.of(d, null)).toList());
  }

  @GetMapping("/{id}/deliveries/{deliveryId}")
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  DeliveryView delivery(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @PathVariable UUID deliveryId) {
    WebhookQueries.DeliveryLog log = queries.delivery(principal, id, deliveryId);
    return DeliveryView.of(log.delivery(), log.attempts());
  }

  @PostMapping("/{id}/deliveries/{deliveryId}/resend")
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  ResponseEntity<DeliveryView> resend(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @PathVariable UUID deliveryId) {
    admin.resend(principal, id, deliveryId);
    WebhookQueries.DeliveryLog log = queries.delivery(principal, id, deliveryId);
    return ResponseEntity.accepted().body(DeliveryView.of(log.delivery(), log.attempts()));
  }
}
