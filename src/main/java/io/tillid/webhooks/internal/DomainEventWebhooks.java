package io.tillid.webhooks.internal;

import io.tillid.cases.CaseStatusChanged;
import io.tillid.cases.ReviewFellDue;
import io.tillid.screening.ScreeningHitRaised;
import io.tillid.webhooks.WebhookEvents;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' public events into webhook events, synchronously, so the outbox rows join
 * the transaction of the change they report. Ids, states and dates only.
 */
@Component
class DomainEventWebhooks {

  private final WebhookEvents events;

  DomainEventWebhooks(WebhookEvents events) {
    this.events = events;
  }

  @EventListener
  void on(CaseStatusChanged changed) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("caseId", changed.caseId().toString());
    data.put("customerId", changed.customerId().toString());
    data.put("status", changed.status());
    data.put("action", changed.action());
    data.put("occurredAt", changed.occurredAt().toString());
    events.raise(changed.tenant(), WebhookEvents.CASE_STATUS_CHANGED, data);
  }

  @EventListener
  void on(ReviewFellDue due) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("customerId", due.customerId().toString());
    data.put("dueOn", due.dueOn().toString());
    events.raise(due.tenant(), WebhookEvents.REVIEW_DUE, data);
  }

  @EventListener
  void on(ScreeningHitRaised hit) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("customerId", hit.customerId().toString());
    data.put("hitId", hit.hitId().toString());
    data.put("list", hit.list());
    data.put("entityId", hit.entityId());
    data.put("score", hit.score());
    data.put("raisedBy", hit.raisedBy());
    events.raise(hit.tenantId(), WebhookEvents.SCREENING_HIT, data);
  }
}
