package io.tillid.screening.internal.config;

import io.tillid.audit.AuditTrail;
import io.tillid.platform.TenantDirectory;
import io.tillid.screening.CustomerHitsChanged;
import io.tillid.screening.ScreeningHitRaised;
import io.tillid.screening.ScreeningSubjects;
import io.tillid.screening.internal.hits.CustomerHits;
import io.tillid.screening.internal.hits.CustomerScreenings;
import io.tillid.screening.internal.hits.Dispositions;
import io.tillid.screening.internal.hits.HitEvents;
import io.tillid.screening.internal.hits.HitStore;
import io.tillid.screening.internal.hits.SubjectQuery;
import io.tillid.screening.internal.hits.Thresholds;
import io.tillid.screening.internal.lists.ActiveWatchlists;
import io.tillid.screening.internal.monitoring.ListMarks;
import io.tillid.screening.internal.monitoring.ListMonitoring;
import io.tillid.screening.internal.monitoring.Rescreens;
import io.tillid.screening.internal.monitoring.RunStore;
import io.tillid.screening.internal.monitoring.Transactions;
import io.tillid.screening.internal.screen.ScreeningService;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the plain-Java screening of customers, dispositions, thresholds and monitoring to Spring. */
@Configuration(proxyBeanMethods = false)
class CustomerScreeningConfiguration {

  @Bean
  HitEvents hitEvents(ApplicationEventPublisher publisher) {
    return new PublishedHitEvents(publisher);
  }

  @Bean
  CustomerHits customerHits(HitStore store, HitEvents events, Clock clock) {
    return new CustomerHits(store, events, clock);
  }

  @Bean
  Dispositions dispositions(HitStore store, HitEvents events, AuditTrail audit, Clock clock) {
    return new Dispositions(store, events, audit, clock);
  }

  @Bean
  Thresholds thresholds(Thresholds.Store store, AuditTrail audit) {
    return new Thresholds(store, audit);
  }

  /** Each tenant's threshold, for {@code POST /api/v1/screenings} without one. */
  @Bean
  java.util.function.ToDoubleFunction<io.tillid.platform.TenantId> tenantThresholds(Thresholds thresholds) {
    return thresholds::of;
  }

  @Bean
  CustomerScreenings.Matcher currentListsMatcher(ScreeningService service) {
    return (query, threshold) -> service.matches(query, threshold, SubjectQuery.LIMIT);
  }

  @Bean
  CustomerScreenings customerScreenings(CustomerScreenings.Matcher matcher, Thresholds thresholds, CustomerHits hits,
      HitStore store, AuditTrail audit) {
    return new CustomerScreenings(matcher, thresholds, hits, store, audit);
  }

  @Bean
  Transactions screeningTransactions(PlatformTransactionManager transactions) {
    TransactionTemplate template = new TransactionTemplate(transactions);
    return new TemplateTransactions(template);
  }

  @Bean
  Rescreens rescreens(ScreeningSubjects subjects, CustomerHits hits, RunStore runs, Transactions transactions,
      Thresholds thresholds, AuditTrail audit, Clock clock,
      @Value("${tillid.screening.monitoring.batch-size:200}") int batchSize) {
    return new Rescreens(subjects, hits, runs, transactions, thresholds, audit, clock, batchSize);
  }

  @Bean
  ListMonitoring listMonitoring(ActiveWatchlists lists, ListMarks marks, Rescreens rescreens, TenantDirectory tenants,
      CustomerScreenings.Matcher currentLists, Clock clock) {
    return new ListMonitoring(lists, marks, rescreens, tenants, currentLists, clock);
  }

  /** Hit events as Spring application events, published in the current transaction. */
  private static final class PublishedHitEvents implements HitEvents {

    private final ApplicationEventPublisher publisher;

    PublishedHitEvents(ApplicationEventPublisher publisher) {
      this.publisher = publisher;
    }

    @Override
    public void raised(ScreeningHitRaised event) {
      publisher.publishEvent(event);
    }

    @Override
    public void changed(CustomerHitsChanged event) {
      publisher.publishEvent(event);
    }
  }

  /** One transaction per call, through a template. */
  private static final class TemplateTransactions implements Transactions {

    private final TransactionTemplate template;

    TemplateTransactions(TransactionTemplate template) {
      this.template = template;
    }

    @Override
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
      return template.execute(status -> work.get());
    }
  }
}
