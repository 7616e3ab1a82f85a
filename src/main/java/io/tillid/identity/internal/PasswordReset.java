package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sets a new password through a reset link. The link is used up, with every other open reset
 * link of the user; a password the policy refuses leaves the link open.
 */
@Component
class PasswordReset {

  private final PasswordLinks links;
  private final PasswordTokens tokens;
  private final PasswordPolicy policy;
  private final MfaStatus mfa;
  private final ObjectProvider<SessionTermination> sessions;
  private final PasswordEncoder encoder;
  private final PasswordStore store;
  private final AuditTrail trail;
  private final TransactionOperations transactions;

  PasswordReset(PasswordLinks links, PasswordTokens tokens, PasswordPolicy policy, PasswordEncoder encoder,
      PasswordStore store, AuditTrail trail, TransactionOperations transactions,
      MfaStatus mfa, ObjectProvider<SessionTermination> sessions) {
    this.mfa = mfa;
    this.sessions = sessions;
    this.links = links;
    this.tokens = tokens;
    this.policy = policy;
    this.encoder = encoder;
    this.store = store;
    this.trail = trail;
    this.transactions = transactions;
  }

  /** Throws {@link LinkInvalidException} for a link that is not open. */
  public PasswordDecision reset(String token, String newPassword) {
    // the link's tenant is known only from the token: choose its scope before the transaction
    return links.inScopeOf(token, PasswordTokens.RESET, () -> transactions.execute(status -> resetInScope(token, newPassword)));
  }

  private PasswordDecision resetInScope(String token, String newPassword) {
    PasswordLinks.Link link = links.open(token, PasswordTokens.RESET);
    PasswordDecision decision = policy.check(newPassword, link.account().subject(mfa.enrolled(link.account().principal())));
    if (!decision.accepted()) {
      return decision;
    }
    if (!tokens.consume(link.token(), PasswordTokens.RESET)) {
      throw new LinkInvalidException();
    }
    store.replaceHash(link.account(), encoder.encode(newPassword));
    trail.record(AuditEvent.of(link.account().tenant(), link.account().principalId(), "password.reset",
        link.account().targetType(), link.account().id().toString()));
    // whoever knew the old password is signed out everywhere
    sessions.ifAvailable(termination -> termination.endAll(link.account().principalId(), link.account().principalId()));
    return decision;
  }
}
