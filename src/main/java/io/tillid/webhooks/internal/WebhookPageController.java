package io.tillid.webhooks.internal;

import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.ObjectNotFound;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import io.tillid.webhooks.WebhookEvents;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/webhooks}: the tenant's subscriptions, subscribing (the secret is shown on the
 * answer page, once, never put in the session), one subscription's delivery log with each attempt,
 * sending a delivery again, rotating the secret and unsubscribing.
 */
@Controller
@RequestMapping("/admin/webhooks")
class WebhookPageController {

  private static final String DETAIL = "redirect:/admin/webhooks/{id}";

  private final SubscriptionAdmin admin;
  private final WebhookQueries queries;

  WebhookPageController(SubscriptionAdmin admin, WebhookQueries queries) {
    this.admin = admin;
    this.queries = queries;
  }

  @GetMapping
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  String list(@AuthenticationPrincipal TenantPrincipal principal, Model model) {
    model.addAttribute("subscriptions", queries.subscriptions(principal));
    model.addAttribute("eventTypes", WebhookEvents.TYPES);
    return "admin-webhooks";
  }

  @PostMapping
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  String subscribe(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "url", defaultValue = "") String url,
      @RequestParam(name = "eventType", required = false) List<String> eventTypes,
      @RequestParam(name = "description", required = false) String description, Model model) {
    try {
      SubscriptionAdmin.Created created = admin.subscribe(principal, url, eventTypes, description);
      model.addAttribute("subscription", created.subscription());
      model.addAttribute("secret", created.secret());
      return "admin-webhook-secret";
    } catch (InvalidFieldException refused) {
      model.addAttribute("problem", "webhooks.rule." + refused.rule());
      return list(principal, model);
    }
  }

  @GetMapping("/{id}")
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  String detail(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestParam(name = "delivery", required = false) UUID deliveryId, Model model) {
    model.addAttribute("subscription", queries.subscription(principal, id));
    model.addAttribute("deliveries", queries.deliveries(principal, id, WebhookQueries.MAX_LIMIT));
    if (deliveryId != null) {
      model.addAttribute("opened", queries.delivery(principal, id, deliveryId));
    }
    return "admin-webhook";
  }

  @PostMapping("/{id}/rotate-secret")
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  String rotateSecret(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, Model model) {
    String secret = admin.rotateSecret(principal, id);
    model.addAttribute("subscription", queries.subscription(principal, id));
    model.addAttribute("secret", secret);
    return "admin-webhook-secret";
  }

  @PostMapping("/{id}/delete")
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  String unsubscribe(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      RedirectAttributes flash) {
    admin.unsubscribe(principal, id);
    flash.addFlashAttribute("notice", "webhooks.done.deleted");
    return "redirect:/admin/webhooks";
  }

  @PostMapping("/{id}/deliveries/{deliveryId}/resend")
  @RequiresPermission(Permissions.WEBHOOKS_MANAGE)
  String resend(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @PathVariable UUID deliveryId, RedirectAttributes flash) {
    admin.resend(principal, id, deliveryId);
    flash.addFlashAttribute("notice", "webhooks.done.resent");
    flash.addAttribute("id", id);
    return DETAIL;
  }

  @ExceptionHandler(ObjectNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model) {
    model.addAttribute("status", 404);
    return "error";
  }
}
