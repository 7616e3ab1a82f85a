/**
 * Webhooks: tenants subscribe HTTPS endpoints to events (case status change, review due, screening
 * hit); each event is written to an outbox in the transaction that raised it and delivered, signed
 * by the Standard Webhooks scheme, with retries and backoff, to endpoints on public addresses only.
 * Other modules raise events through {@link io.tillid.webhooks.WebhookEvents}, or the webhooks
 * module listens to their public events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
package io.tillid.webhooks;
