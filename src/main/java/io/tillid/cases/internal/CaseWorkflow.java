package io.tillid.cases.internal;

import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.TenantPrincipal;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transitions of a case a principal may see: each loads the case (checked against the grants),
 * lets the aggregate decide, stores it (optimistically locked) and records its events.
 */
@Component
class CaseWorkflow {

  private final VisibleCases cases;
  private final CaseRepository repository;
  private final CaseEvents events;

  CaseWorkflow(VisibleCases cases, CaseRepository repository, CaseEvents events) {
    this.cases = cases;
    this.repository = repository;
    this.events = events;
  }

  @Transactional
  KycCase tick(TenantPrincipal principal, UUID id, String item) {
    return change(principal, id, c -> c.tick(item, principal.principalId()));
  }

  @Transactional
  KycCase awaitCustomer(TenantPrincipal principal, UUID id) {
    return change(principal, id, c -> c.awaitCustomer(principal.principalId()));
  }

  @Transactional
  KycCase resume(TenantPrincipal principal, UUID id) {
    return change(principal, id, c -> c.resume(principal.principalId()));
  }

  @Transactional
  KycCase submit(TenantPrincipal principal, UUID id) {
    return change(principal, id, c -> c.submit(principal.principalId()));
  }

  @Transactional
  KycCase sendBack(TenantPrincipal principal, UUID id) {
    return change(principal, id, c -> c.sendBack(principal.principalId()));
  }

  @Transactional
  KycCase approve(TenantPrincipal principal, UUID id) {
    return change(principal, id, c -> c.approve(principal.principalId()));
  }

  @Transactional
  KycCase reject(TenantPrincipal principal, UUID id, String reason) {
    // the case is loaded (and checked against the grants) before the reason is looked at
    return change(principal, id, c -> c.reject(principal.principalId(), checkedReason(reason)));
  }

  private static String checkedReason(String reason) {
    String text = reason == null ? "" : reason.strip();
    if (text.isEmpty() || text.length() > 1000) {
      throw new InvalidFieldException("reason", "reason", "The field 'reason' is required (at most 1000 characters).");
    }
    return text;
  }

  private KycCase change(TenantPrincipal principal, UUID id, Consumer<KycCase> transition) {
    KycCase kycCase = cases.load(principal, id);
    transition.accept(kycCase);
    repository.update(principal.tenantId(), kycCase, principal.principalId());
    events.publish(principal.tenantId(), kycCase);
    return kycCase;
  }
}
