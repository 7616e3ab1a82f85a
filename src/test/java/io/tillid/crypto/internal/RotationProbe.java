package io.tillid.crypto.internal;

import io.tillid.audit.AuditTrail;
import io.tillid.crypto.EncryptedColumn;
import io.tillid.crypto.FieldCipher;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.support.TestDatabase;
import io.tillid.support.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A test-only tenant-owned table with two encrypted columns, declared as {@link EncryptedColumn}s
 * to a rotation wired from the application's beans (the shared test context's own rotation knows
 * no such table, so the other tests are not touched).
 */
final class RotationProbe {

  static final EncryptedColumn SECRET = new EncryptedColumn("crypto_rotation_probe", "secret");
  static final EncryptedColumn NOTE = new EncryptedColumn("crypto_rotation_probe", "note");

  final EncryptedColumns columns;
  final RotationJobRepository jobs;
  final DataKeyRotation rotation;
  final ReencryptionBatch batch;
  final RotationRunner runner;
  final CryptoShredding shredding;
  final FieldCipher cipher;
  final TenantKeysets keysets;
  private final JdbcClient dba = TestDatabase.dba();
  private final ApplicationContext context;

  RotationProbe(ApplicationContext context) {
    this.context = context;
    dba.sql("""
        create table if not exists crypto_rotation_probe (
            tenant_id uuid not null references tenant (id),
            id uuid not null,
            secret bytea,
            note bytea,
            primary key (tenant_id, id))""").update();
    if (dba.sql("select relforcerowsecurity from pg_class where relname = 'crypto_rotation_probe'")
        .query(Boolean.class).single() != Boolean.TRUE) {
      dba.sql("select tillid_enable_tenant_isolation('crypto_rotation_probe')").query().singleRow();
    }
    JdbcClient app = context.getBean(JdbcClient.class);
    PlatformTransactionManager transactions = context.getBean(PlatformTransactionManager.class);
    AuditTrail audit = context.getBean(AuditTrail.class);
    KeysetRepository keysetRows = context.getBean(KeysetRepository.class);
    cipher = context.getBean(FieldCipher.class);
    keysets = context.getBean(TenantKeysets.class);
    jobs = context.getBean(RotationJobRepository.class);
    columns = new EncryptedColumns(List.of(SECRET, NOTE), app);
    rotation = new DataKeyRotation(keysets, keysetRows, jobs, columns, audit, transactions);
    batch = new ReencryptionBatch(jobs, columns, cipher, keysets, keysetRows, audit, transactions);
    runner = new RotationRunner(batch, jobs, Duration.ZERO);
    shredding = context.getBean(CryptoShredding.class);
  }

  TenantId newTenant() {
    String slug = TestUsers.create(context).tenantSlug();
    return new TenantId(dba.sql("select id from tenant where slug = ?").param(slug).query(UUID.class).single());
  }

  String slugOf(TenantId tenant) {
    return dba.sql("select slug from tenant where id = ?").param(tenant.value()).query(String.class).single();
  }

  /** Stores a row with both values encrypted for it (the note left out when null). */
  UUID insert(TenantId tenant, String secret, String note) {
    UUID id = UUID.randomUUID();
    byte[] secretCipher = TenantScope.call(tenant, () -> cipher.encrypt(tenant, SECRET.field(id), secret));
    byte[] noteCipher = TenantScope.call(tenant, () -> cipher.encryptNullable(tenant, NOTE.field(id), note));
    dba.sql("insert into crypto_rotation_probe (tenant_id, id, secret, note) values (?, ?, ?, ?)")
        .params(tenant.value(), id, secretCipher, noteCipher).update();
    return id;
  }

  byte[] stored(TenantId tenant, UUID id, EncryptedColumn column) {
    return dba.sql("select " + column.column() + " from crypto_rotation_probe where tenant_id = ? and id = ?")
        .params(tenant.value(), id).query(byte[].class).single();
  }

  String read(TenantId tenant, UUID id, EncryptedColumn column) {
    byte[] stored = stored(tenant, id, column);
    return TenantScope.call(tenant, () -> cipher.decryptNullable(tenant, column.field(id), stored));
  }

  List<Integer> keyIds(TenantId tenant) {
    return TenantScope.call(tenant, () -> keysets.handle(tenant, KeysetPurpose.DATA).getKeysetInfo().getKeyInfoList()
        .stream().map(info -> info.getKeyId()).toList());
  }

  List<String> auditActions(TenantId tenant) {
    return dba.sql("select action from audit_entry where tenant_id = ? and action like 'crypto.%' order by seq")
        .param(tenant.value()).query(String.class).list();
  }
}
