package io.tillid.crypto.internal;

import com.google.crypto.tink.KeysetHandle;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.crypto.internal.KeysetRepository.StoredKeyset;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts a tenant's data key rotation: a new AES-256-GCM key becomes the primary of its data
 * keyset (rewrapped and stored), and a job to re-encrypt every declared column is recorded, in one
 * transaction with its audit entry. A tenant whose rotation is still unfinished gets that one back
 * instead of another key.
 */
@Component
class DataKeyRotation {

  static final String ACTOR = "system:keys";

  private final TenantKeysets keysets;
  private final KeysetRepository keysetRows;
  private final RotationJobRepository jobs;
  private final EncryptedColumns columns;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;

  DataKeyRotation(TenantKeysets keysets, KeysetRepository keysetRows, RotationJobRepository jobs,
      EncryptedColumns columns, AuditTrail audit, PlatformTransactionManager transactions) {
    this.keysets = keysets;
    this.keysetRows = keysetRows;
    this.jobs = jobs;
    this.columns = columns;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** The rotation started now, or the tenant's unfinished one. */
  RotationJob start(TenantId tenant) {
    return TenantScope.call(tenant, () -> {
      keysets.handle(tenant, KeysetPurpose.DATA); // makes the keyset if the tenant has none yet
      RotationJob job = transaction.execute(status -> startLocked(tenant));
      keysets.forget(tenant);
      return job;
    });
  }

  private RotationJob startLocked(TenantId tenant) {
    StoredKeyset stored = keysetRows.lock(tenant, KeysetPurpose.DATA).orElseThrow();
    Optional<RotationJob> unfinished = jobs.running(tenant);
    if (unfinished.isPresent()) {
      return unfinished.get();
    }
    try {
      KeysetHandle rotated = KeysetEdits.withNewPrimary(keysets.unwrap(tenant, KeysetPurpose.DATA, stored),
          KeysetPurpose.DATA);
      keysetRows.update(tenant, KeysetPurpose.DATA, keysets.wrap(tenant, KeysetPurpose.DATA, rotated),
          keysets.masterKeyId());
      int primary = rotated.getPrimary().getId();
      RotationJob job = new RotationJob(tenant, UUID.randomUUID(), RotationJob.RUNNING, primary, 0, null, 0,
          columns.countValues(tenant), Instant.now(), null);
      jobs.insert(job);
      audit.record(new AuditEvent(tenant, ACTOR, "crypto.data-key.rotation-started", "rotation", job.id().toString(),
          Map.of("values", Long.toString(job.rowsTotal()), "keyId", Integer.toUnsignedString(primary))));
      return job;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot add a key to the tenant's data keyset", e);
    }
  }
}
