package io.tillid.webhooks.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The webhook module's settings ({@code tillid.webhooks.*}), its sender every {@code poll-interval}
 * and the deletion of the old delivery log every hour.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration implements SchedulingConfigurer {

  private final WebhookProperties properties;
  private final ObjectProvider<DeliveryWorker> worker;

  WebhookConfiguration(WebhookProperties properties, ObjectProvider<DeliveryWorker> worker) {
    this.properties = properties;
    this.worker = worker;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(() -> worker.getObject().runOnce(), properties.pollInterval());
    registrar.addFixedDelayTask(() -> worker.getObject().housekeeping(), java.time.Duration.ofHours(1));
  }
}
