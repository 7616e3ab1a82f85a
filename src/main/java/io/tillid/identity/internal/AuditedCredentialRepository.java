package io.tillid.identity.internal;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Security's credential store, recording {@code mfa.passkey.registered} in the same
 * transaction when the signed-in principal registers a new passkey.
 */
class AuditedCredentialRepository implements UserCredentialRepository {

  private final UserCredentialRepository delegate;
  private final MfaAudit audit;
  private final TransactionTemplate transactions;

  AuditedCredentialRepository(UserCredentialRepository delegate, MfaAudit audit, TransactionTemplate transactions) {
    this.delegate = delegate;
    this.audit = audit;
    this.transactions = transactions;
  }

  @Override
  public void save(CredentialRecord record) {
    boolean isNew = delegate.findByCredentialId(record.getCredentialId()) == null;
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    transactions.executeWithoutResult(status -> {
      delegate.save(record);
      if (isNew && current != null && current.getPrincipal() instanceof SignedInPrincipal principal) {
        audit.record(principal, "mfa.passkey.registered", Map.of());
      }
    });
  }

  @Override
  public void delete(Bytes credentialId) {
    delegate.delete(credentialId);
  }

  @Override
  public CredentialRecord findByCredentialId(Bytes credentialId) {
    return delegate.findByCredentialId(credentialId);
  }

  @Override
  public List<CredentialRecord> findByUserId(Bytes userId) {
    return delegate.findByUserId(userId);
  }
}
