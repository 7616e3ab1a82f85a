package io.tillid.screening.internal.config;

import io.tillid.screening.internal.monitoring.ListMonitoring;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Ongoing monitoring on a server (never in a one-shot command): every
 * {@code tillid.screening.monitoring.poll} (default 5 minutes) it catches up with list versions
 * imported since (by a command, a scheduled fetch or another node), and on
 * {@code tillid.screening.monitoring.full-rescreen-cron} (default Sundays 03:00; {@code -} turns it
 * off) it rescreens every monitored customer against all lists.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("!${tillid.cli:false}")
class MonitoringScheduling implements SchedulingConfigurer {

  private static final Logger LOG = LoggerFactory.getLogger(MonitoringScheduling.class);

  private final ListMonitoring monitoring;
  private final Duration poll;
  private final String fullRescreenCron;

  MonitoringScheduling(ListMonitoring monitoring,
      @Value("${tillid.screening.monitoring.poll:5m}") Duration poll,
      @Value("${tillid.screening.monitoring.full-rescreen-cron:0 0 3 * * SUN}") String fullRescreenCron) {
    this.monitoring = monitoring;
    this.poll = poll;
    this.fullRescreenCron = fullRescreenCron;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    registrar.addFixedDelayTask(new org.springframework.scheduling.config.FixedDelayTask(
        () -> guarded("catch-up", monitoring::catchUp), poll, poll));
    if (!"-".equals(fullRescreenCron)) {
      registrar.addCronTask(() -> guarded("full rescreen", monitoring::fullRescreen), fullRescreenCron);
    }
  }

  static void guarded(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.atWarn().setMessage("monitoring failed").addKeyValue("task", what)
          .addKeyValue("error", e.getClass().getSimpleName()).log();
    }
  }
}
