package io.tillid.cases.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.cases.CaseStatusChanged;
import io.tillid.platform.TenantId;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records a case's events in the audit trail and publishes them, in the transaction of the change;
 * every change of state also as the public {@link CaseStatusChanged}.
 */
@Component
class CaseEvents {

  private final AuditTrail audit;
  private final ApplicationEventPublisher publisher;

  CaseEvents(AuditTrail audit, ApplicationEventPublisher publisher) {
    this.audit = audit;
    this.publisher = publisher;
  }

  void publish(TenantId tenant, KycCase kycCase) {
    for (KycCase.CaseEvent event : kycCase.takeEvents()) {
      audit.record(new AuditEvent(tenant, event.actor(), event.action(), "case", event.caseId().toString(),
          Map.of("customerId", kycCase.customerId().toString(), "detail", event.detail())));
      publisher.publishEvent(event);
      if (!"case.item.done".equals(event.action())) {
        publisher.publishEvent(new CaseStatusChanged(tenant, event.caseId(), kycCase.customerId(),
            kycCase.state().value(), event.action(), Instant.now()));
      }
    }
  }
}
