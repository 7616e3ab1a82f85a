package io.tillid.cases.internal;

import io.tillid.identity.UserContacts;
import io.tillid.platform.OutgoingMail;
import io.tillid.platform.PlatformProperties;
import io.tillid.platform.TenantRef;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The text of a review reminder, in the recipient's language: per customer only its name, due date
 * and a link (the recipient may see each one); links start with the configured public URL.
 */
@Component
class ReminderMail {

  private final MessageSource messages;
  private final PlatformProperties platform;

  ReminderMail(MessageSource messages, PlatformProperties platform) {
    this.messages = messages;
    this.platform = platform;
  }

  OutgoingMail digest(UserContacts.Contact to, TenantRef tenant, List<ReviewReminders.Reminder> reminders,
      long overdue, int daysAhead) {
    Locale locale = to.language();
    String base = platform.publicUrl().endsWith("/")
        ? platform.publicUrl().substring(0, platform.publicUrl().length() - 1) : platform.publicUrl();
    StringBuilder text = new StringBuilder(messages.getMessage("reviews.reminder.intro",
        new Object[] {tenant.slug(), daysAhead}, locale)).append("\n");
    for (String stage : List.of(ReviewReminders.OVERDUE, ReviewReminders.DUE)) {
      List<ReviewReminders.Reminder> group = reminders.stream().filter(r -> stage.equals(r.stage())).toList();
      if (group.isEmpty()) {
        continue;
      }
      text.append("\n").append(messages.getMessage("reviews.reminder." + stage, null, locale)).append("\n");
      for (ReviewReminders.Reminder reminder : group) {
        text.append(messages.getMessage("reviews.reminder.line", new Object[] {reminder.review().customer().name(),
            reminder.review().dueOn().toString(), base + "/customers/" + reminder.review().customer().id()}, locale))
            .append("\n");
      }
    }
    text.append("\n").append(messages.getMessage("reviews.reminder.footer", new Object[] {base + "/reviews"}, locale))
        .append("\n");
    return new OutgoingMail(to.email(), messages.getMessage("reviews.reminder.subject",
        new Object[] {overdue, reminders.size() - overdue}, locale), text.toString());
  }
}
