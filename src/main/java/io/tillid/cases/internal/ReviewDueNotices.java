package io.tillid.cases.internal;

import io.tillid.cases.ReviewFellDue;
import io.tillid.customers.CustomerDirectory;
import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantRef;
import io.tillid.platform.TenantScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Finds periodic reviews that fell due and publishes {@link ReviewFellDue} once per customer and due
 * date (noted in {@code review_due_notice}, in the transaction that publishes, so listeners such as
 * webhooks write their outbox with it). Looks back a week, so a node that was down for days still
 * notices what fell due meanwhile; on several nodes the notice's primary key keeps it once.
 */
@Component
class ReviewDueNotices {

  static final int LOOKBACK_DAYS = 7;
  private static final int BATCH = 1000;

  private final TenantDirectory tenants;
  private final CustomerDirectory customers;
  private final JdbcClient jdbc;
  private final TransactionOperations transactions;
  private final ApplicationEventPublisher publisher;
  private final Clock clock = Clock.systemUTC();

  ReviewDueNotices(TenantDirectory tenants, CustomerDirectory customers, JdbcClient jdbc,
      TransactionOperations transactions, ApplicationEventPublisher publisher) {
    this.tenants = tenants;
    this.customers = customers;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.publisher = publisher;
  }

  @Scheduled(initialDelayString = "${tillid.reviews.due-check-initial-delay:PT2M}",
      fixedDelayString = "${tillid.reviews.due-check-interval:PT1H}")
  void scheduled() {
    noticeAll();
  }

  /** Notices, tenant by tenant, the reviews that fell due; returns how many were new. */
  int noticeAll() {
    int noticed = 0;
    for (TenantRef tenant : TenantScope.system("review due notices: list tenants", tenants::all)) {
      if (!tenant.id().isPlatform()) {
        noticed += TenantScope.call(tenant.id(), () -> transactions.execute(status -> notice(tenant.id())));
      }
    }
    return noticed;
  }

  private int notice(TenantId tenant) {
    LocalDate today = LocalDate.now(clock);
    Timestamp now = Timestamp.from(Instant.now(clock));
    int noticed = 0;
    for (CustomerDirectory.ReviewFalling due : customers.reviewsFalling(tenant, today.minusDays(LOOKBACK_DAYS), today,
        BATCH)) {
      int added = jdbc.sql("""
          insert into review_due_notice (tenant_id, customer_id, due_on, noticed_at) values (?, ?, ?, ?)
          on conflict do nothing""").params(tenant.value(), due.customerId(), due.dueOn(), now).update();
      if (added == 1) {
        publisher.publishEvent(new ReviewFellDue(tenant, due.customerId(), due.dueOn()));
        noticed++;
      }
    }
    return noticed;
  }
}
