package io.tillid.cases.internal;

import io.tillid.access.DatasetAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A KYC case about one customer. It owns its state transitions and guards them: checklist items are
 * ticked while the case is open; submission needs the whole checklist; a case under enhanced due
 * diligence or of high risk needs a second person to approve it (the approver is not who submitted
 * it for review). Each transition registers a past-tense event.
 */
final class KycCase {

  private final UUID id;
  private final UUID customerId;
  private final String customerType;
  private final DatasetAttributes attributes;
  private final CddLevel cddLevel;
  private final boolean highRisk;
  private final Set<String> done;
  private CaseState state;
  private String preparedBy;
  private String decidedBy;
  private String decisionReason;
  private Instant decidedAt;
  private final long version;
  private final List<CaseEvent> events = new ArrayList<>();

  /** What happened to a case, for the audit trail and other modules. */
  record CaseEvent(String action, UUID caseId, String actor, String detail) {}

  KycCase(UUID id, UUID customerId, String customerType, DatasetAttributes attributes, CddLevel cddLevel,
      boolean highRisk, Set<String> done, CaseState state, String preparedBy, String decidedBy, String decisionReason,
      Instant decidedAt, long version) {
    this.id = id;
    this.customerId = customerId;
    this.customerType = customerType;
    this.attributes = attributes;
    this.cddLevel = cddLevel;
    this.highRisk = highRisk;
    this.done = new LinkedHashSet<>(done);
    this.state = state;
    this.preparedBy = preparedBy;
    this.decidedBy = decidedBy;
    this.decisionReason = decisionReason;
    this.decidedAt = decidedAt;
    this.version = version;
  }

  static KycCase open(UUID customerId, String customerType, DatasetAttributes attributes, CddLevel level,
      boolean highRisk, String actor) {
    KycCase created = new KycCase(UUID.randomUUID(), customerId, customerType, attributes, level, highRisk, Set.of(),
        CaseState.DRAFT, null, null, null, null, 0);
    created.events.add(new CaseEvent("case.opened", created.id, actor, level.value()));
    return created;
  }

  List<String> checklist() {
    return Checklist.items(cddLevel, customerType);
  }

  /** Whether approval needs someone other than the preparer. */
  boolean needsFourEyes() {
    return cddLevel == CddLevel.ENHANCED || highRisk;
  }

  void tick(String item, String actor) {
    requireState(state.open(), "not-open", "Checklist items can only be ticked while the case is open.");
    if (!checklist().contains(item)) {
      throw new CaseRuleViolation("unknown-item", "This checklist item does not belong to the case.");
    }
    if (done.add(item)) {
      events.add(new CaseEvent("case.item.done", id, actor, item));
    }
  }

  void awaitCustomer(String actor) {
    requireState(state == CaseState.DRAFT, "not-draft", "Only a draft case can wait for the customer.");
    transition(CaseState.AWAITING_CUSTOMER, "case.awaiting_customer", actor, null);
  }

  void resume(String actor) {
    requireState(state == CaseState.AWAITING_CUSTOMER, "not-awaiting", "The case is not waiting for the customer.");
    transition(CaseState.DRAFT, "case.resumed", actor, null);
  }

  void submit(String actor) {
    requireState(state.open(), "not-open", "Only an open case can be submitted for review.");
    if (!done.containsAll(checklist())) {
      throw new CaseRuleViolation("checklist-incomplete", "Every checklist item must be done before submitting.");
    }
    preparedBy = actor;
    transition(CaseState.IN_REVIEW, "case.submitted", actor, null);
  }

  void approve(String actor) {
    requireState(state == CaseState.IN_REVIEW, "not-in-review", "Only a case in review can be approved.");
    if (needsFourEyes() && actor.equals(preparedBy)) {
      throw new CaseRuleViolation(CaseRuleViolation.FOUR_EYES, "This case needs a second person: the approver "
          + "must not be the one who submitted it (four-eyes principle).");
    }
    decide(CaseState.APPROVED, "case.approved", actor, null);
  }

  void reject(String actor, String reason) {
    requireState(state == CaseState.IN_REVIEW, "not-in-review", "Only a case in review can be rejected.");
    decide(CaseState.REJECTED, "case.rejected", actor, reason);
  }

  void sendBack(String actor) {
    requireState(state == CaseState.IN_REVIEW, "not-in-review", "Only a case in review can be sent back.");
    transition(CaseState.DRAFT, "case.sent_back", actor, null);
  }

  private void decide(CaseState outcome, String action, String actor, String reason) {
    decidedBy = actor;
    decisionReason = reason;
    decidedAt = Instant.now();
    transition(outcome, action, actor, null);
  }

  private void transition(CaseState next, String action, String actor, String detail) {
    state = next;
    events.add(new CaseEvent(action, id, actor, detail == null ? next.value() : detail));
  }

  private static void requireState(boolean allowed, String rule, String message) {
    if (!allowed) {
      throw new CaseRuleViolation(rule, message);
    }
  }

  List<CaseEvent> takeEvents() {
    List<CaseEvent> taken = List.copyOf(events);
    events.clear();
    return taken;
  }

  UUID id() {
    return id;
  }

  UUID customerId() {
    return customerId;
  }

  String customerType() {
    return customerType;
  }

  DatasetAttributes attributes() {
    return attributes;
  }

  CddLevel cddLevel() {
    return cddLevel;
  }

  boolean highRisk() {
    return highRisk;
  }

  Set<String> done() {
    return Set.copyOf(done);
  }

  CaseState state() {
    return state;
  }

  String preparedBy() {
    return preparedBy;
  }

  String decidedBy() {
    return decidedBy;
  }

  String decisionReason() {
    return decisionReason;
  }

  Instant decidedAt() {
    return decidedAt;
  }

  long version() {
    return version;
  }
}
