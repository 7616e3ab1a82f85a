package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Records MFA events in the target's tenant chain; targets by id ({@code user}/{@code admin} + UUID). */
@Component
class MfaAudit {

  private final AuditTrail trail;

  MfaAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void record(String actor, String action, SignedInPrincipal target, Map<String, String> details) {
    String[] parts = target.principalId().split(":", 2);
    trail.record(new AuditEvent(target.tenantId(), actor, action, parts[0], parts[1], details));
  }

  void record(SignedInPrincipal self, String action, Map<String, String> details) {
    record(self.principalId(), action, self, details);
  }
}
