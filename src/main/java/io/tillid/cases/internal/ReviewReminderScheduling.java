package io.tillid.cases.internal;

import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the review reminder round on {@code tillid.reviews.reminders.cron} (UTC) on serving nodes,
 * never in one-shot commands, and not at all when the cron is {@code -} (as in the tests, which
 * run rounds themselves). Every node may run it: the reminder ledger lets one mail go out per
 * reminder.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("!${tillid.cli:false}")
class ReviewReminderScheduling implements SchedulingConfigurer {

  private final ReviewReminderProperties properties;
  private final ReviewReminders reminders;

  ReviewReminderScheduling(ReviewReminderProperties properties, ReviewReminders reminders) {
    this.properties = properties;
    this.reminders = reminders;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (!ReviewReminderProperties.NEVER.equals(properties.cron())) {
      registrar.addTriggerTask(reminders::runNow, new CronTrigger(properties.cron(), ZoneOffset.UTC));
    }
  }
}
