package io.tillid.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.crypto.FieldCipher;
import io.tillid.crypto.FieldContext;
import io.tillid.crypto.MasterKeyProvider;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.platform.launch.MasterKeyFile;
import io.tillid.support.IntegrationTest;
import io.tillid.support.MasterKeys;
import io.tillid.support.TestUsers;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Master key rotation on PostgreSQL: every keyset rewrapped under the new key and no data
 * re-encrypted; both keys accepted meanwhile; a second run picks up what the first left; audited.
 * The database is moved back to the test master key at the end.
 */
class MasterKeyRotationIT extends IntegrationTest {

  @Autowired
  MasterKeyRotation rotation;

  @Autowired
  FieldCipher cipher;

  @Autowired
  TenantKeysets keysets;

  @Autowired
  List<MasterKeyProvider> providers;

  @Autowired
  JdbcClient app;

  @Autowired
  ApplicationContext context;

  @TempDir
  Path dir;

  private TenantId newTenant() {
    String slug = TestUsers.create(context).tenantSlug();
    return new TenantId(jdbc.sql("select id from tenant where slug = ?").param(slug).query(UUID.class).single());
  }

  @Test
  void rewrapsEveryKeysetWithoutTouchingDataAndResumes() throws Exception {
    TenantId tenant = newTenant();
    FieldContext field = new FieldContext("customer", "address", UUID.randomUUID().toString());
    byte[] ciphertext = TenantScope.call(tenant, () -> cipher.encrypt(tenant, field, "Vestergade 1"));
    String newUri = MasterKeyFile.ensure(dir.resolve("new-master-key.json"));
    String newId = MasterKey.idOf(newUri);
    long platformEntries = platformAudit();

    try {
      MasterKeyRotation.Result result = rotation.rotate(newUri, done -> { });
      assertThat(result.rewrapped()).isPositive();
      assertThat(jdbc.sql("select count(*) from tenant_keyset where state = 'active' and master_key_id <> ?")
          .param(newId).query(Integer.class).single()).isZero();
      // the data was not touched, and reads through a keyset wrapped by the new key
      keysets.forget(tenant);
      assertThat(TenantScope.call(tenant, () -> cipher.decrypt(tenant, field, ciphertext))).isEqualTo("Vestergade 1");
      // both keys pass the start check: nodes still on the old key keep running meanwhile
      new MasterKeyCheck(new MasterKey(newUri, providers, app), app).verify();
      new MasterKeyCheck(new MasterKey(MasterKeys.uri(), providers, app), app).verify();
      // a keyset made by a node still on the old key (or left by a crash) is picked up by the next run
      TenantId late = newTenant();
      TenantScope.run(late, () -> cipher.encrypt(late, field, "x"));
      assertThat(rotation.rotate(newUri, done -> { }).rewrapped()).isEqualTo(1);
      assertThat(rotation.rotate(newUri, done -> { }).rewrapped()).isZero();
      assertThat(jdbc.sql("select action from audit_entry where tenant_id = ? order by seq desc limit 2")
          .param(TenantId.PLATFORM.value()).query(String.class).list())
          .containsExactly("crypto.master-key.rotated", "crypto.master-key.rotation-started");
      assertThat(platformAudit()).isEqualTo(platformEntries + 6);
    } finally {
      rotation.rotate(MasterKeys.uri(), done -> { });
    }
    keysets.forget(tenant);
    assertThat(TenantScope.call(tenant, () -> cipher.decrypt(tenant, field, ciphertext))).isEqualTo("Vestergade 1");
  }

  private long platformAudit() {
    return jdbc.sql("select count(*) from audit_entry where tenant_id = ?").param(TenantId.PLATFORM.value())
        .query(Long.class).single();
  }
}
