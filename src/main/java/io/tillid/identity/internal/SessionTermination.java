package io.tillid.identity.internal;

import java.util.Map;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a principal's sessions by deleting them from the session store, which every node reads
 * on every request: the next request with an ended session's cookie, on any node, is anonymous.
 */
@Component
@ConditionalOnWebApplication
class SessionTermination {

  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final PrincipalKeys keys;
  private final SignInAudit audit;

  SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions, PrincipalKeys keys,
      SignInAudit audit) {
    this.sessions = sessions;
    this.keys = keys;
    this.audit = audit;
  }

  /** Ends every session of {@code principalId}, on behalf of {@code actorPrincipalId}; returns how many. */
  @Transactional
  public int endAll(String principalId, String actorPrincipalId) {
    GuardKey key = keys.of(principalId);
    int ended = 0;
    for (String id : sessions.findByPrincipalName(principalId).keySet()) {
      sessions.deleteById(id);
      recordEnded(key, actorPrincipalId, SessionHandles.of(id));
      ended++;
    }
    return ended;
  }

  /** Ends every session of the principal but the one given (the caller's own); returns how many. */
  @Transactional
  public int endOthers(String principalId, String keepSessionId) {
    GuardKey key = keys.of(principalId);
    int ended = 0;
    for (String id : sessions.findByPrincipalName(principalId).keySet()) {
      if (!id.equals(keepSessionId)) {
        sessions.deleteById(id);
        recordEnded(key, principalId, SessionHandles.of(id));
        ended++;
      }
    }
    return ended;
  }

  /** Ends one session of the principal named by its handle; false if it has none such. */
  @Transactional
  boolean end(String principalId, String handle, String actorPrincipalId) {
    for (String id : sessions.findByPrincipalName(principalId).keySet()) {
      if (SessionHandles.of(id).equals(handle)) {
        sessions.deleteById(id);
        recordEnded(keys.of(principalId), actorPrincipalId, handle);
        return true;
      }
    }
    return false;
  }

  /** The caller ends its own current session through the servlet API; this records it. */
  @Transactional
  void recordCurrentEnded(SignedInPrincipal principal, String handle) {
    recordEnded(GuardKey.of(principal), principal.principalId(), handle);
  }

  private void recordEnded(GuardKey key, String actorPrincipalId, String handle) {
    audit.record(key, actorPrincipalId, "session.ended",
        Map.of("session", handle, "by", actorPrincipalId.equals(key.accountKey()) ? "self" : "other"));
  }
}
