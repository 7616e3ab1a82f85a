package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.TenantId;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Authentication events in the audit trail. Accounts are named by id; attempts at accounts that
 * do not exist go to the platform's chain without any target. No e-mail address, client address
 * or secret is ever recorded: the request id links an entry to the request log, which has the
 * address. Callers hold a transaction.
 */
@Component
class SignInAudit {

  static final String ANONYMOUS = "anonymous";
  static final String GUARD = "system:sign-in-guard";

  private final AuditTrail trail;

  SignInAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void record(GuardKey key, String actor, String action, Map<String, String> details) {
    Map<String, String> all = new HashMap<>(details);
    String requestId = MDC.get("requestId");
    if (requestId != null) {
      all.put("requestId", requestId);
    }
    trail.record(new AuditEvent(key.known() ? key.tenant() : TenantId.PLATFORM, actor, action,
        key.targetType(), key.targetId(), all));
  }

  void platform(String action, Map<String, String> details) {
    record(new GuardKey(TenantId.PLATFORM, "", null, null), GUARD, action, details);
  }
}
