package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sets a new password through a reset link. The link is used up, with every other open reset
 * link of the user; a password the policy refuses leaves the link open.
 */
@Component
class PasswordReset {

  private final PasswordLinkUse links;
  private final MfaStatus mfa;
  private final ObjectProvider<SessionTermination> sessions;
  private final PasswordStore store;
  private final AuditTrail trail;

  PasswordReset(PasswordLinkUse links, PasswordStore store, AuditTrail trail, MfaStatus mfa,
      ObjectProvider<SessionTermination> sessions) {
    this.links = links;
    this.store = store;
    this.trail = trail;
    this.mfa = mfa;
    this.sessions = sessions;
  }

  /** Throws {@link LinkInvalidException} for a link that is not open. */
  public PasswordDecision reset(String token, String newPassword) {
    return links.use(token, PasswordTokens.RESET, newPassword,
        account -> account.subject(mfa.enrolled(account.principal())), (account, hash) -> {
          store.replaceHash(account, hash);
          trail.record(AuditEvent.of(account.tenant(), account.principalId(), "password.reset",
              account.targetType(), account.id().toString()));
          // whoever knew the old password is signed out everywhere
          sessions.ifAvailable(termination -> termination.endAll(account.principalId(), account.principalId()));
        });
  }
}
