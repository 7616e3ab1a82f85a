package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/** Accepts an invitation: the invited user sets a first password and becomes active. */
@Component
class InvitationAcceptance {

  private final PasswordLinks links;
  private final PasswordTokens tokens;
  private final PasswordPolicy policy;
  private final PasswordEncoder encoder;
  private final PasswordStore store;
  private final AuditTrail trail;
  private final TransactionOperations transactions;

  InvitationAcceptance(PasswordLinks links, PasswordTokens tokens, PasswordPolicy policy, PasswordEncoder encoder,
      PasswordStore store, AuditTrail trail, TransactionOperations transactions) {
    this.links = links;
    this.tokens = tokens;
    this.policy = policy;
    this.encoder = encoder;
    this.store = store;
    this.trail = trail;
    this.transactions = transactions;
  }

  /** Throws {@link LinkInvalidException} for an invitation that is not open. */
  public PasswordDecision accept(String token, String password) {
    // the link's tenant is known only from the token: choose its scope before the transaction
    return links.inScopeOf(token, PasswordTokens.INVITATION, () -> transactions.execute(status -> acceptInScope(token, password)));
  }

  private PasswordDecision acceptInScope(String token, String password) {
    PasswordLinks.Link link = links.open(token, PasswordTokens.INVITATION);
    PasswordDecision decision = policy.check(password, link.account().subject(false));
    if (!decision.accepted()) {
      return decision;
    }
    if (!tokens.consume(link.token(), PasswordTokens.INVITATION)) {
      throw new LinkInvalidException();
    }
    store.activate(link.account(), encoder.encode(password));
    trail.record(AuditEvent.of(link.account().tenant(), link.account().principalId(), "user.invitation.accepted",
        "user", link.account().id().toString()));
    return decision;
  }
}
