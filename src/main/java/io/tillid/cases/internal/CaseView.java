package io.tillid.cases.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as the API and the pages show it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CaseView(UUID id, UUID customerId, String customerName, String customerType, String state, String cddLevel,
    boolean highRisk, boolean fourEyes, List<Item> checklist, String preparedBy, String decidedBy,
    String decisionReason, Instant decidedAt, String businessUnit, String sensitivity, String jurisdiction) {

  record Item(String item, boolean done) {}

  static CaseView of(KycCase c, String customerName) {
    return new CaseView(c.id(), c.customerId(), customerName, c.customerType(), c.state().value(),
        c.cddLevel().value(), c.highRisk(), c.needsFourEyes(),
        c.checklist().stream().map(item -> new Item(item, c.done().contains(item))).toList(), c.preparedBy(),
        c.decidedBy(), c.decisionReason(), c.decidedAt(), c.attributes().businessUnit(), c.attributes().sensitivity(),
        c.attributes().jurisdiction());
  }

  public boolean open() {
    return "draft".equals(state) || "awaiting_customer".equals(state);
  }

  @Override
  public String toString() {
    return "CaseView[" + id + "]";
  }
}
