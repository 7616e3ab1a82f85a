package io.tillid.crypto.internal;

import com.google.crypto.tink.KeysetHandle;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.crypto.EncryptedColumn;
import io.tillid.crypto.FieldCipher;
import io.tillid.crypto.FieldContext;
import io.tillid.crypto.UnreadableFieldException;
import io.tillid.crypto.internal.EncryptedColumns.StoredValue;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One step of a rotation's re-encryption walk, in one transaction: claim the job (skipping it if
 * another worker holds it), re-encrypt the next batch of rows of the current column under the new
 * primary key, and record how far it got. The rows and the progress commit together, so a crash
 * loses at most the batch in flight, which the next step redoes. After the last column the old keys
 * leave the keyset.
 */
@Component
class ReencryptionBatch {

  static final int SIZE = 200;

  private static final Logger LOG = LoggerFactory.getLogger(ReencryptionBatch.class);

  enum Outcome { PROGRESSED, FINISHED, BUSY }

  private final RotationJobRepository jobs;
  private final EncryptedColumns columns;
  private final FieldCipher cipher;
  private final TenantKeysets keysets;
  private final KeysetRepository keysetRows;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;

  ReencryptionBatch(RotationJobRepository jobs, EncryptedColumns columns, FieldCipher cipher, TenantKeysets keysets,
      KeysetRepository keysetRows, AuditTrail audit, PlatformTransactionManager transactions) {
    this.jobs = jobs;
    this.columns = columns;
    this.cipher = cipher;
    this.keysets = keysets;
    this.keysetRows = keysetRows;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
  }

  Outcome run(TenantId tenant, UUID jobId) {
    Outcome outcome = TenantScope.call(tenant, () -> transaction.execute(status -> step(tenant, jobId)));
    if (outcome == Outcome.FINISHED) {
      keysets.forget(tenant);
    }
    return outcome;
  }

  private Outcome step(TenantId tenant, UUID jobId) {
    Optional<RotationJob> claimed = jobs.claim(tenant, jobId);
    if (claimed.isEmpty()) {
      boolean stillRunning = jobs.running(tenant).filter(job -> job.id().equals(jobId)).isPresent();
      return stillRunning ? Outcome.BUSY : Outcome.FINISHED;
    }
    RotationJob job = claimed.get();
    List<EncryptedColumn> all = columns.all();
    if (job.columnIndex() >= all.size()) {
      finish(job);
      return Outcome.FINISHED;
    }
    EncryptedColumn column = all.get(job.columnIndex());
    List<StoredValue> batch = columns.nextBatch(column, tenant, job.lastRowId(), SIZE);
    long done = job.rowsDone();
    for (StoredValue value : batch) {
      if (value.ciphertext() != null) {
        reencrypt(job, column, value);
        done++;
      }
    }
    if (batch.size() < SIZE) {
      jobs.progress(job, job.columnIndex() + 1, null, done);
    } else {
      jobs.progress(job, job.columnIndex(), batch.get(batch.size() - 1).rowId(), done);
    }
    return Outcome.PROGRESSED;
  }

  private void reencrypt(RotationJob job, EncryptedColumn column, StoredValue value) {
    if (KeysetEdits.madeBy(value.ciphertext(), job.primaryKeyId())) {
      return;
    }
    TenantId tenant = job.tenant();
    FieldContext field = column.field(value.rowId());
    String plaintext;
    try {
      plaintext = cipher.decrypt(tenant, field, value.ciphertext());
    } catch (UnreadableFieldException e) {
      // already unreadable (altered): left as it is, and said so, by record only
      LOG.atWarn().setMessage("key rotation: value unreadable, left unchanged").addKeyValue("tenant", tenant)
          .addKeyValue("record", field.toString()).log();
      return;
    }
    byte[] again = cipher.encrypt(tenant, field, plaintext);
    if (!KeysetEdits.madeBy(again, job.primaryKeyId())) {
      keysets.forget(tenant); // this node cached the keyset before the rotation
      again = cipher.encrypt(tenant, field, plaintext);
      if (!KeysetEdits.madeBy(again, job.primaryKeyId())) {
        throw new IllegalStateException("the rotation's new key is not the primary of the tenant's data keyset");
      }
    }
    columns.write(column, tenant, value.rowId(), again);
  }

  private void finish(RotationJob job) {
    TenantId tenant = job.tenant();
    KeysetRepository.StoredKeyset stored = keysetRows.lock(tenant, KeysetPurpose.DATA).orElseThrow();
    if (!stored.destroyed()) {
      try {
        KeysetHandle handle = keysets.unwrap(tenant, KeysetPurpose.DATA, stored);
        if (handle.getPrimary().getId() == job.primaryKeyId()) {
          keysetRows.update(tenant, KeysetPurpose.DATA,
              keysets.wrap(tenant, KeysetPurpose.DATA, KeysetEdits.primaryOnly(handle)), keysets.masterKeyId());
        }
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot remove the old keys from the tenant's data keyset", e);
      }
    }
    jobs.finish(job);
    audit.record(new AuditEvent(tenant, DataKeyRotation.ACTOR, "crypto.data-key.rotation-finished", "rotation",
        job.id().toString(), Map.of("values", Long.toString(job.rowsDone()))));
  }
}
