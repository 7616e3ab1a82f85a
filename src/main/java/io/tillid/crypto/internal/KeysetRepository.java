package io.tillid.crypto.internal;

import io.tillid.platform.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code tenant_keyset} rows: wrapped keysets, or the marker that a tenant's keys were destroyed. */
@Repository
class KeysetRepository {

  static final String ACTIVE = "active";
  static final String DESTROYED = "destroyed";

  private final JdbcClient jdbc;

  KeysetRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored keyset: wrapped key material (null once destroyed), the master key id, the state. */
  record StoredKeyset(byte[] wrapped, String masterKeyId, String state) {

    boolean destroyed() {
      return DESTROYED.equals(state);
    }
  }

  Optional<StoredKeyset> find(TenantId tenant, KeysetPurpose purpose) {
    return jdbc.sql("select wrapped_keyset, master_key_id, state from tenant_keyset where tenant_id = ? and purpose = ?")
        .params(tenant.value(), purpose.column())
        .query((rs, row) -> new StoredKeyset(rs.getBytes(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  void insert(TenantId tenant, KeysetPurpose purpose, byte[] wrapped, String masterKeyId) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("""
        insert into tenant_keyset (tenant_id, purpose, wrapped_keyset, master_key_id, state, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(tenant.value(), purpose.column(), wrapped, masterKeyId, ACTIVE, now, now)
        .update();
  }
}
