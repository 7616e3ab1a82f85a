package io.tillid.cases.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * Review reminders ({@code tillid.reviews.reminders.*}): when the reminder round runs (a cron
 * expression in UTC, {@code -} for never) and how many days ahead a coming review is announced.
 */
@Validated
@ConfigurationProperties("tillid.reviews.reminders")
record ReviewReminderProperties(
    @DefaultValue("0 0 6 * * *") String cron,
    @DefaultValue("14") @Min(0) @Max(ReviewWorklist.MAX_DAYS) int daysAhead) {

  static final String NEVER = "-";

  ReviewReminderProperties {
    if (cron == null || !(NEVER.equals(cron) || CronExpression.isValidExpression(cron))) {
      throw new IllegalArgumentException("tillid.reviews.reminders.cron must be a cron expression or '-'");
    }
  }
}
