package io.tillid.cases.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.customers.CustomerDirectory;
import io.tillid.identity.UserContacts;
import io.tillid.platform.Mailer;
import io.tillid.platform.PermissionChecker;
import io.tillid.platform.Permissions;
import io.tillid.platform.SafeLog;
import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.TenantRef;
import io.tillid.platform.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The review reminder round: each active user who may review customers ({@code cases.write}, with
 * {@code customers.read}) gets one mail, in their language, listing the customers within their
 * grants whose periodic review became overdue or falls due within the configured days, each
 * customer once per due date while coming up and once more when overdue. Users with nothing new
 * get no mail. Each mail is audited ({@code review.reminder.sent}, with counts only).
 */
@Component
class ReviewReminders {

  static final String ACTOR = "system:review-reminders";
  static final String DUE = "due";
  static final String OVERDUE = "overdue";

  private static final Logger LOG = LoggerFactory.getLogger(ReviewReminders.class);

  private final TenantDirectory tenants;
  private final UserContacts contacts;
  private final PermissionChecker permissions;
  private final CustomerDirectory customers;
  private final ReminderLedger ledger;
  private final ReminderMail texts;
  private final Mailer mailer;
  private final AuditTrail audit;
  private final TransactionOperations transactions;
  private final ReviewReminderProperties properties;
  private final Clock clock;

  ReviewReminders(TenantDirectory tenants, UserContacts contacts, PermissionChecker permissions,
      CustomerDirectory customers, ReminderLedger ledger, ReminderMail texts, Mailer mailer, AuditTrail audit,
      TransactionOperations transactions, ReviewReminderProperties properties, Clock clock) {
    this.tenants = tenants;
    this.contacts = contacts;
    this.permissions = permissions;
    this.customers = customers;
    this.ledger = ledger;
    this.texts = texts;
    this.mailer = mailer;
    this.audit = audit;
    this.transactions = transactions;
    this.properties = properties;
    this.clock = clock;
  }

  /** A user as the principal the checks see. */
  private record Recipient(TenantId tenantId, String principalId) implements TenantPrincipal {}

  /** One review in a reminder. */
  record Reminder(CustomerDirectory.ReviewDue review, String stage) {}

  /** Runs a round for every tenant now (the schedule calls this; so can tests); returns the mails sent. */
  int runNow() {
    if (!mailer.enabled()) {
      LOG.atInfo().setMessage("review reminders skipped: mail is not configured").log();
      return 0;
    }
    int sent = 0;
    List<TenantRef> all = TenantScope.system("review reminders: list the tenants", tenants::all);
    for (TenantRef tenant : all) {
      if (!tenant.id().isPlatform()) {
        sent += remind(tenant);
      }
    }
    return sent;
  }

  /** Runs a round for one tenant; returns the mails sent. */
  int remind(TenantRef tenant) {
    LocalDate today = LocalDate.now(clock);
    int sent = 0;
    for (UserContacts.Contact contact : TenantScope.call(tenant.id(), () -> contacts.active(tenant.id()))) {
      Recipient user = new Recipient(tenant.id(), contact.principalId());
      java.util.Set<String> held = permissions.permissionsOf(user);
      if (!held.contains(Permissions.CASES_WRITE) || !held.contains(Permissions.CUSTOMERS_READ)) {
        continue;
      }
      List<CustomerDirectory.ReviewDue> due = TenantScope.call(tenant.id(),
          () -> customers.reviewsDue(user, today.plusDays(properties.daysAhead()), ReviewWorklist.LIMIT));
      if (due.isEmpty()) {
        continue;
      }
      try {
        Boolean mailed = TenantScope.call(tenant.id(),
            () -> transactions.execute(status -> remind(tenant, contact, due, today)));
        sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
      } catch (RuntimeException e) {
        LOG.atWarn().setMessage("review reminder not sent; retried in the next round")
            .addKeyValue("tenant", tenant.id()).addKeyValue("user", contact.userId())
            .addKeyValue("error", SafeLog.describe(e)).log();
      }
    }
    return sent;
  }

  /** Claims the reminders not sent before and mails them, in one transaction: a failed mail claims nothing. */
  private boolean remind(TenantRef tenant, UserContacts.Contact contact, List<CustomerDirectory.ReviewDue> due,
      LocalDate today) {
    Instant now = clock.instant();
    List<Reminder> fresh = new ArrayList<>();
    for (CustomerDirectory.ReviewDue review : due) {
      String stage = review.dueOn().isBefore(today) ? OVERDUE : DUE;
      if (ledger.claim(tenant.id(), review.customer().id(), review.dueOn(), contact.userId(), stage, now)) {
        fresh.add(new Reminder(review, stage));
      }
    }
    if (fresh.isEmpty()) {
      return false;
    }
    long overdue = fresh.stream().filter(r -> OVERDUE.equals(r.stage())).count();
    mailer.send(texts.digest(contact, tenant, fresh, overdue, properties.daysAhead()));
    audit.record(new AuditEvent(tenant.id(), ACTOR, "review.reminder.sent", "user", contact.userId().toString(),
        Map.of("overdue", Long.toString(overdue), "due", Long.toString(fresh.size() - overdue))));
    return true;
  }
}
