package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Accepts an invitation: the invited user sets a first password and becomes active. */
@Component
class InvitationAcceptance {

  private final PasswordLinkUse links;
  private final PasswordStore store;
  private final AuditTrail trail;

  InvitationAcceptance(PasswordLinkUse links, PasswordStore store, AuditTrail trail) {
    this.links = links;
    this.store = store;
    this.trail = trail;
  }

  /** Throws {@link LinkInvalidException} for an invitation that is not open. */
  public PasswordDecision accept(String token, String password) {
    return links.use(token, PasswordTokens.INVITATION, password, account -> account.subject(false), (account, hash) -> {
      store.activate(account, hash);
      trail.record(AuditEvent.of(account.tenant(), account.principalId(), "user.invitation.accepted", "user",
          account.id().toString()));
    });
  }
}
