package io.tillid.crypto.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.crypto.internal.KeysetRepository.KeysetRow;
import io.tillid.crypto.internal.KeysetRepository.StoredKeyset;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every tenant keyset to a new master key: each is unwrapped with the key its row names and
 * wrapped under the new one, one row per transaction; no data is re-encrypted. The new key's check
 * value is written first and the new key recorded, so from the first rewrapped row on, nodes with
 * either key configured can open every row. Running it again after a crash skips the rows already
 * done (they carry the new key's id). Audited in the platform's chain, start and end.
 */
@Component
class MasterKeyRotation {

  /** How many keysets it rewrapped, and how many were already under the new key before. */
  record Result(String fromId, String toId, int rewrapped) {}

  private final MasterKey masterKey;
  private final MasterKeyCheck check;
  private final KeysetRepository keysetRows;
  private final TenantKeysets keysets;
  private final AuditTrail audit;
  private final TransactionTemplate transaction;

  MasterKeyRotation(MasterKey masterKey, MasterKeyCheck check, KeysetRepository keysetRows, TenantKeysets keysets,
      AuditTrail audit, PlatformTransactionManager transactions) {
    this.masterKey = masterKey;
    this.check = check;
    this.keysetRows = keysetRows;
    this.keysets = keysets;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
  }

  Result rotate(String targetUri, IntConsumer progress) {
    return TenantScope.system("master key rotation: every tenant's keysets", () -> {
      Aead target = masterKey.openAndRecord(targetUri);
      String targetId = MasterKey.idOf(targetUri);
      Map<String, String> keys = Map.of("from", masterKey.id(), "to", targetId);
      transaction.executeWithoutResult(status -> {
        check.write(target, targetId);
        audit.record(new AuditEvent(TenantId.PLATFORM, DataKeyRotation.ACTOR, "crypto.master-key.rotation-started",
            "master-key", targetId, keys));
      });
      List<KeysetRow> pending = keysetRows.wrappedOtherThan(targetId);
      int done = 0;
      for (KeysetRow row : pending) {
        if (Boolean.TRUE.equals(transaction.execute(status -> rewrap(row, target, targetId)))) {
          done++;
          progress.accept(done);
        }
      }
      int rewrapped = done;
      transaction.executeWithoutResult(status -> audit.record(new AuditEvent(TenantId.PLATFORM, DataKeyRotation.ACTOR,
          "crypto.master-key.rotated", "master-key", targetId,
          Map.of("from", keys.get("from"), "to", targetId, "keysets", Integer.toString(rewrapped)))));
      return new Result(keys.get("from"), targetId, rewrapped);
    });
  }

  private boolean rewrap(KeysetRow row, Aead target, String targetId) {
    StoredKeyset stored = keysetRows.lock(row.tenant(), row.purpose()).orElseThrow();
    if (stored.destroyed() || targetId.equals(stored.masterKeyId())) {
      return false;
    }
    try {
      KeysetHandle handle = keysets.unwrap(row.tenant(), row.purpose(), stored);
      keysetRows.update(row.tenant(), row.purpose(), TenantKeysets.wrap(row.tenant(), row.purpose(), handle, target),
          targetId);
      return true;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot wrap a keyset under the new master key", e);
    }
  }
}
