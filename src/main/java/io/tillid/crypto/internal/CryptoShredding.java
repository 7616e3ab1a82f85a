package io.tillid.crypto.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Crypto-shredding: the tenant's keysets lose their key material for good and are marked destroyed,
 * so every value encrypted for it stays in the database unreadable and nothing new can be encrypted
 * or indexed for it. Its unfinished rotation is abandoned. Audited in the tenant's chain and the
 * platform's. This node forgets the keys at once; other nodes within the keyset cache's lifetime.
 */
@Component
class CryptoShredding {

  private final KeysetRepository keysetRows;
  private final RotationJobRepository jobs;
  private final TenantKeysets keysets;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;

  CryptoShredding(KeysetRepository keysetRows, RotationJobRepository jobs, TenantKeysets keysets, AuditTrail audit,
      PlatformTransactionManager transactions) {
    this.keysetRows = keysetRows;
    this.jobs = jobs;
    this.keysets = keysets;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
  }

  void destroy(TenantId tenant) {
    TenantScope.system("crypto-shredding: a tenant's keys, audited in its chain and the platform's", () -> {
      transaction.executeWithoutResult(status -> {
        keysetRows.destroy(tenant);
        jobs.abandon(tenant);
        audit.record(AuditEvent.of(tenant, DataKeyRotation.ACTOR, "crypto.keys.destroyed", "tenant", tenant.toString()));
        audit.record(new AuditEvent(TenantId.PLATFORM, DataKeyRotation.ACTOR, "crypto.keys.destroyed", "tenant",
            tenant.toString(), Map.of()));
      });
      return null;
    });
    keysets.forget(tenant);
  }
}
