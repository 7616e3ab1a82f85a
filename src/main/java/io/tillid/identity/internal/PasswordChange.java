package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user or admin changes their password, proving the current one first. */
@Component
class PasswordChange {

  static final String CURRENT_WRONG = "password.currentWrong";

  private final PasswordStore store;
  private final PasswordPolicy policy;
  private final PasswordEncoder encoder;
  private final AuditTrail trail;

  private final MfaStatus mfa;

  PasswordChange(PasswordStore store, PasswordPolicy policy, PasswordEncoder encoder, AuditTrail trail, MfaStatus mfa) {
    this.mfa = mfa;
    this.store = store;
    this.policy = policy;
    this.encoder = encoder;
    this.trail = trail;
  }

  @Transactional
  public PasswordDecision change(SignedInPrincipal principal, String currentPassword, String newPassword) {
    PasswordAccount account = store.of(principal).orElseThrow(() -> new IllegalStateException("no such account"));
    String current = currentPassword == null ? "" : currentPassword;
    if (account.passwordHash() == null || current.length() > PasswordPolicy.MAX_LENGTH * 2
        || !encoder.matches(current, account.passwordHash())) {
      return new PasswordDecision(CURRENT_WRONG, 0);
    }
    PasswordDecision decision = policy.check(newPassword, account.subject(mfa.enrolled(principal)));
    if (!decision.accepted()) {
      return decision;
    }
    store.replaceHash(account, encoder.encode(newPassword));
    trail.record(AuditEvent.of(account.tenant(), account.principalId(), "password.changed", account.targetType(),
        account.id().toString()));
    return decision;
  }
}
