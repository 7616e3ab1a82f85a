package io.tillid.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import io.tillid.crypto.FieldCipher;
import io.tillid.crypto.FieldContext;
import io.tillid.crypto.MasterKeyProvider;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.support.IntegrationTest;
import io.tillid.support.MasterKeys;
import io.tillid.support.SoftHsm;
import io.tillid.support.TestUsers;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code pkcs11:} master key against a real PKCS#11 module: SoftHSM2 from Debian, a token and
 * an AES-256 key made for the test (io.tillid.support.SoftHsm). Fails, never skips, without it.
 */
class Pkcs11MasterKeyIT extends IntegrationTest {

  @Autowired
  Pkcs11MasterKeyProvider provider;

  @Autowired
  List<MasterKeyProvider> providers;

  @Autowired
  MasterKeyRotation rotation;

  @Autowired
  TenantKeysets keysets;

  @Autowired
  FieldCipher cipher;

  @Autowired
  ApplicationContext context;

  @Autowired
  JdbcClient app;

  @Test
  void theHsmKeyWrapsAndUnwrapsBoundToItsAssociatedData() throws Exception {
    Aead aead = provider.open(URI.create(SoftHsm.token().uri()));
    byte[] secret = "a keyset's bytes".getBytes(StandardCharsets.UTF_8);
    byte[] wrapped = aead.encrypt(secret, "tenant-a".getBytes(StandardCharsets.UTF_8));

    assertThat(new String(wrapped, StandardCharsets.ISO_8859_1)).doesNotContain("keyset");
    assertThat(aead.decrypt(wrapped, "tenant-a".getBytes(StandardCharsets.UTF_8))).isEqualTo(secret);
    assertThatThrownBy(() -> aead.decrypt(wrapped, "tenant-b".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GeneralSecurityException.class);
    wrapped[wrapped.length - 1] ^= 1;
    assertThatThrownBy(() -> aead.decrypt(wrapped, "tenant-a".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(GeneralSecurityException.class);
    // the same key opened again (another node) reads what this one wrapped
    byte[] again = aead.encrypt(secret, null);
    assertThat(provider.open(URI.create(SoftHsm.token().uri())).decrypt(again, null)).isEqualTo(secret);
  }

  @Test
  void aMissingKeyAMissingModuleOrNoPinFileIsRefusedWithAReason() {
    // A wrong PIN is tested in CryptoLauncherIT, in a process of its own: PKCS#11 login is per
    // process, so once this JVM logged in to the token another PIN is never asked for.
    SoftHsm.Token token = SoftHsm.token();
    assertThatThrownBy(() -> provider.open(URI.create(token.uri().replace("object=tillid-master", "object=absent"))))
        .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("labelled 'absent'");
    assertThatThrownBy(() -> provider.open(URI.create(token.uri().replace(SoftHsm.MODULE.toString(), "/no/such.so"))))
        .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("does not exist");
    assertThatThrownBy(() -> provider.open(URI.create("pkcs11:object=x?module-path=" + SoftHsm.MODULE)))
        .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("PIN file");
    assertThatThrownBy(() -> provider.open(URI.create(token.uri().replace(token.pinFile().toString(), "/no/pin"))))
        .isInstanceOf(GeneralSecurityException.class).hasMessageContaining("PIN file cannot be read");
  }

  @Test
  void theDatabaseMovesToTheHsmKeyAndBackWithoutReencryptingData() {
    TenantId tenant = newTenant();
    FieldContext field = new FieldContext("customer", "national_id", UUID.randomUUID().toString());
    byte[] ciphertext = TenantScope.call(tenant, () -> cipher.encrypt(tenant, field, "010203-1234"));
    String hsm = SoftHsm.token().uri();

    MasterKeyRotation.Result toHsm = rotation.rotate(hsm, done -> { });
    try {
      assertThat(toHsm.toId()).isEqualTo(MasterKey.idOf(hsm));
      assertThat(jdbc.sql("select count(*) from tenant_keyset where state = 'active' and master_key_id <> ?")
          .param(toHsm.toId()).query(Integer.class).single()).isZero();
      keysets.forget(tenant);
      assertThat(TenantScope.call(tenant, () -> cipher.decrypt(tenant, field, ciphertext))).isEqualTo("010203-1234");
      // a node configured with the HSM key passes the start check and reads the tenant's keyset
      MasterKey hsmKey = new MasterKey(hsm, providers, app);
      new MasterKeyCheck(hsmKey, app).verify();
    } finally {
      MasterKeyRotation.Result back = rotation.rotate(MasterKeys.uri(), done -> { });
      assertThat(back.toId()).isEqualTo(MasterKey.idOf(MasterKeys.uri()));
    }
    keysets.forget(tenant);
    assertThat(TenantScope.call(tenant, () -> cipher.decrypt(tenant, field, ciphertext))).isEqualTo("010203-1234");
  }

  private TenantId newTenant() {
    String slug = TestUsers.create(context).tenantSlug();
    return new TenantId(jdbc.sql("select id from tenant where slug = ?").param(slug).query(UUID.class).single());
  }
}
