package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.TenantId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records what an import created or changed. Targets are named by UUID and changes by field
 * name only: no e-mail address, name or secret reaches the trail.
 */
@Component
class ImportAudit {

  static final String ACTOR = "system:import";

  private final AuditTrail trail;

  ImportAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void created(TenantId chain, String type, UUID target) {
    trail.record(AuditEvent.of(chain, ACTOR, type + ".created", type, target.toString()));
  }

  void updated(TenantId chain, String type, UUID target, List<String> changedFields) {
    trail.record(new AuditEvent(chain, ACTOR, type + ".updated", type, target.toString(),
        Map.of("changed", String.join(",", changedFields))));
  }
}
