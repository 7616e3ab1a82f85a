package io.tillid.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.crypto.BlindIndex;
import io.tillid.crypto.UnreadableFieldException;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Crypto-shredding on PostgreSQL: after a tenant's keys are destroyed its encrypted rows are still
 * in the database, byte for byte, and none of them can be decrypted; nothing new can be encrypted
 * or indexed for it; another tenant reads on.
 */
class CryptoShreddingIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  @Autowired
  BlindIndex blindIndex;

  RotationProbe probe;

  @BeforeEach
  void probe() {
    probe = new RotationProbe(context);
  }

  @Test
  void destroyedKeysLeaveTheRowsInPlaceAndUnreadable() {
    TenantId tenant = probe.newTenant();
    TenantId other = probe.newTenant();
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(probe.insert(tenant, "0102031234-" + i, "Vestergade " + i));
    }
    TenantScope.run(tenant, () -> blindIndex.of(tenant, "national_id", "0102031234"));
    UUID othersRow = probe.insert(other, "theirs", null);
    List<byte[]> before = ids.stream().map(id -> probe.stored(tenant, id, RotationProbe.SECRET)).toList();

    probe.shredding.destroy(tenant);

    assertThat(jdbc.sql("select count(*) from crypto_rotation_probe where tenant_id = ?").param(tenant.value())
        .query(Integer.class).single()).isEqualTo(5);
    for (int i = 0; i < ids.size(); i++) {
      UUID id = ids.get(i);
      assertThat(probe.stored(tenant, id, RotationProbe.SECRET)).isEqualTo(before.get(i));
      assertThatThrownBy(() -> probe.read(tenant, id, RotationProbe.SECRET))
          .isInstanceOf(UnreadableFieldException.class)
          .hasMessageContaining("crypto_rotation_probe.secret of row " + id)
          .hasMessageContaining("destroyed")
          .hasMessageNotContaining("0102031234");
      assertThatThrownBy(() -> probe.read(tenant, id, RotationProbe.NOTE)).isInstanceOf(UnreadableFieldException.class);
    }
    assertThat(jdbc.sql("select count(*) from tenant_keyset where tenant_id = ? and state = 'destroyed' "
        + "and wrapped_keyset is null").param(tenant.value()).query(Integer.class).single()).isEqualTo(2);
    // nothing new under a fresh key
    assertThatThrownBy(() -> probe.insert(tenant, "new", null)).isInstanceOf(KeysDestroyedException.class);
    assertThatThrownBy(() -> TenantScope.call(tenant, () -> blindIndex.of(tenant, "national_id", "x")))
        .isInstanceOf(KeysDestroyedException.class);
    assertThat(jdbc.sql("select count(*) from tenant_keyset where tenant_id = ?").param(tenant.value())
        .query(Integer.class).single()).isEqualTo(2);
    assertThat(probe.auditActions(tenant)).contains("crypto.keys.destroyed");
    assertThat(probe.read(other, othersRow, RotationProbe.SECRET)).isEqualTo("theirs");
  }

  @Test
  void aTenantWithoutKeysYetGetsNoneAfterDestruction() {
    TenantId tenant = probe.newTenant();
    probe.shredding.destroy(tenant);
    assertThatThrownBy(() -> probe.insert(tenant, "new", null)).isInstanceOf(KeysDestroyedException.class);
    assertThat(jdbc.sql("select count(*) from tenant_keyset where tenant_id = ? and state = 'destroyed'")
        .param(tenant.value()).query(Integer.class).single()).isEqualTo(2);
  }
}
