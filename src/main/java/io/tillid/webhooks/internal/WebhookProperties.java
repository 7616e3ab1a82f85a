package io.tillid.webhooks.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook delivery: attempt {@code n} (1-based) that fails is retried after
 * {@code firstRetryDelay * 2^(n-1)}, at most {@code maxRetryDelay}, until {@code maxAttempts}; the
 * sender looks for due deliveries every {@code pollInterval}. Endpoints must be HTTPS on public
 * addresses unless {@code allowPrivateAddresses} (then also plain HTTP): for tests and closed
 * networks only.
 */
@Validated
@ConfigurationProperties("tillid.webhooks")
record WebhookProperties(
    @DefaultValue("false") boolean allowPrivateAddresses,
    @DefaultValue("8") @Min(1) @Max(30) int maxAttempts,
    @DefaultValue("30s") Duration firstRetryDelay,
    @DefaultValue("6h") Duration maxRetryDelay,
    @DefaultValue("5s") Duration pollInterval,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("10s") Duration readTimeout,
    @DefaultValue("20") @Min(1) @Max(500) int batchSize,
    @DefaultValue("30d") Duration logRetention) {

  /** When attempt {@code attempt} (1-based) failed, how long until the next. */
  Duration retryDelayAfter(int attempt) {
    Duration delay = firstRetryDelay;
    for (int i = 1; i < attempt && delay.compareTo(maxRetryDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
