package io.tillid.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.crypto.BlindIndex;
import io.tillid.crypto.FieldCipher;
import io.tillid.crypto.FieldContext;
import io.tillid.crypto.MasterKeyProvider;
import io.tillid.crypto.UnreadableFieldException;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.support.IntegrationTest;
import io.tillid.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class FieldEncryptionIT extends IntegrationTest {

  @Autowired
  FieldCipher cipher;

  @Autowired
  BlindIndex blindIndex;

  @Autowired
  ApplicationContext context;

  @Autowired
  MasterKey masterKey;

  @Autowired
  List<MasterKeyProvider> providers;

  @Autowired
  MasterKeyCheck check;

  private TenantId newTenant() {
    String slug = TestUsers.create(context).tenantSlug();
    return new TenantId(jdbc.sql("select id from tenant where slug = ?").param(slug).query(UUID.class).single());
  }

  @Test
  void aValueReadsBackOnlyInItsOwnTenantTableColumnAndRow() {
    TenantId tenant = newTenant();
    TenantId other = newTenant();
    FieldContext here = new FieldContext("customer", "national_id", UUID.randomUUID().toString());
    byte[] ciphertext = TenantScope.call(tenant, () -> cipher.encrypt(tenant, here, "010203-1234"));

    assertThat(new String(ciphertext, StandardCharsets.ISO_8859_1)).doesNotContain("010203-1234");
    assertThat(TenantScope.call(tenant, () -> cipher.decrypt(tenant, here, ciphertext))).isEqualTo("010203-1234");

    FieldContext otherRow = new FieldContext("customer", "national_id", UUID.randomUUID().toString());
    assertThatThrownBy(() -> TenantScope.call(tenant, () -> cipher.decrypt(tenant, otherRow, ciphertext)))
        .isInstanceOf(UnreadableFieldException.class)
        .hasMessageContaining("customer.national_id of row " + otherRow.rowId())
        .hasMessageNotContaining("010203");
    FieldContext otherColumn = new FieldContext("customer", "address", here.rowId());
    assertThatThrownBy(() -> TenantScope.call(tenant, () -> cipher.decrypt(tenant, otherColumn, ciphertext)))
        .isInstanceOf(UnreadableFieldException.class);
    assertThatThrownBy(() -> TenantScope.call(other, () -> cipher.decrypt(other, here, ciphertext)))
        .isInstanceOf(UnreadableFieldException.class);
  }

  @Test
  void aTamperedCiphertextIsAnErrorNamingTheRecordNeverGarbage() {
    TenantId tenant = newTenant();
    FieldContext here = new FieldContext("customer", "birth_date", UUID.randomUUID().toString());
    byte[] ciphertext = TenantScope.call(tenant, () -> cipher.encrypt(tenant, here, "1970-01-01"));
    ciphertext[ciphertext.length - 3] ^= 0x01;
    assertThatThrownBy(() -> TenantScope.call(tenant, () -> cipher.decrypt(tenant, here, ciphertext)))
        .isInstanceOf(UnreadableFieldException.class)
        .hasMessageStartingWith("customer.birth_date of row " + here.rowId() + " cannot be decrypted");
  }

  @Test
  void keysetsAreStoredWrappedOnePerTenantAndPurpose() {
    TenantId tenant = newTenant();
    FieldContext here = new FieldContext("customer", "national_id", "r1");
    TenantScope.run(tenant, () -> cipher.encrypt(tenant, here, "x"));
    TenantScope.run(tenant, () -> blindIndex.of(tenant, "national_id", "x"));
    List<String> purposes = jdbc.sql("select purpose from tenant_keyset where tenant_id = ? order by purpose")
        .param(tenant.value()).query(String.class).list();
    assertThat(purposes).containsExactly("data", "index");
    byte[] wrapped = jdbc.sql("select wrapped_keyset from tenant_keyset where tenant_id = ? and purpose = 'data'")
        .param(tenant.value()).query(byte[].class).single();
    // a wrapped keyset does not parse as a clear one
    assertThatThrownBy(() -> com.google.crypto.tink.TinkProtoKeysetFormat.parseKeyset(wrapped,
        com.google.crypto.tink.InsecureSecretKeyAccess.get())).isInstanceOf(Exception.class);
    // the same keyset serves later calls: still exactly one row per purpose
    TenantScope.run(tenant, () -> cipher.encrypt(tenant, here, "y"));
    assertThat(jdbc.sql("select count(*) from tenant_keyset where tenant_id = ?").param(tenant.value())
        .query(Integer.class).single()).isEqualTo(2);
  }

  @Test
  void blindIndexesMatchEqualValuesWithinATenantOnly() {
    TenantId tenant = newTenant();
    TenantId other = newTenant();
    byte[] first = TenantScope.call(tenant, () -> blindIndex.of(tenant, "national_id", "0102031234"));
    byte[] again = TenantScope.call(tenant, () -> blindIndex.of(tenant, "national_id", "0102031234"));
    byte[] different = TenantScope.call(tenant, () -> blindIndex.of(tenant, "national_id", "0102031235"));
    byte[] otherPurpose = TenantScope.call(tenant, () -> blindIndex.of(tenant, "registration_number", "0102031234"));
    byte[] otherTenant = TenantScope.call(other, () -> blindIndex.of(other, "national_id", "0102031234"));
    assertThat(first).hasSize(32).isEqualTo(again).isNotEqualTo(different).isNotEqualTo(otherPurpose)
        .isNotEqualTo(otherTenant);
  }

  @Test
  void theConfiguredMasterKeyPassesTheStartCheckAndAnotherKeyIsRefused(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    check.verify();
    String wrongUri = io.tillid.platform.launch.MasterKeyFile.ensure(dir.resolve("other-master-key.json"));
    org.springframework.jdbc.core.simple.JdbcClient app = org.springframework.jdbc.core.simple.JdbcClient.create(
        context.getBean(javax.sql.DataSource.class));
    MasterKey wrong = new MasterKey(wrongUri, providers, app);
    MasterKeyCheck wrongCheck = new MasterKeyCheck(wrong, app);
    assertThatThrownBy(wrongCheck::verify)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not the one this database's keys are wrapped with");
    assertThat(Files.exists(dir.resolve("other-master-key.json"))).isTrue();
  }
}
