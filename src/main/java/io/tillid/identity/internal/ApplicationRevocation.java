package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A user disconnects an application: the consent goes, every code and refresh token the
 * application holds for the user stops working and every access token is revoked, in one
 * transaction, so the next API request with any of them is refused. Audited.
 */
@Component
class ApplicationRevocation {

  private final UserAuthorizationRepository repository;
  private final AuditTrail trail;
  private final TransactionOperations transactions;
  private final Clock clock;

  ApplicationRevocation(UserAuthorizationRepository repository, AuditTrail trail, TransactionOperations transactions,
      Clock clock) {
    this.repository = repository;
    this.trail = trail;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Returns whether the user had connected the application. */
  boolean revoke(TenantId tenant, UUID user, UUID application) {
    return Boolean.TRUE.equals(TenantScope.call(tenant, () -> transactions.execute(status -> {
      boolean consented = repository.deleteConsent(tenant, application, user);
      repository.deleteAll(tenant, application, user);
      int tokens = repository.revokeAccessTokens(tenant, application, user, clock.instant());
      if (consented || tokens > 0) {
        trail.record(new AuditEvent(tenant, ApplicationUserPrincipal.USER_PREFIX + user, "oauth.consent.revoked",
            "client", application.toString(), Map.of("accessTokensRevoked", String.valueOf(tokens))));
      }
      return consented;
    })));
  }
}
