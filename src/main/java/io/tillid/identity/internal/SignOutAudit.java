package io.tillid.identity.internal;

import io.tillid.platform.TenantScope;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Records a sign-out (Spring Security publishes the event when /logout succeeds). The logout
 * filter runs before the request's tenant scope is set, so the scope is chosen here, before the
 * transaction.
 */
@Component
class SignOutAudit {

  private final SignInAudit audit;
  private final TransactionOperations transactions;

  SignOutAudit(SignInAudit audit, TransactionOperations transactions) {
    this.audit = audit;
    this.transactions = transactions;
  }

  @EventListener
  void signedOut(LogoutSuccessEvent event) {
    if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignedInPrincipal who) {
      TenantScope.run(who.tenantId(), () -> transactions.executeWithoutResult(
          status -> audit.record(GuardKey.of(who), who.principalId(), "signout", Map.of())));
    }
  }
}
