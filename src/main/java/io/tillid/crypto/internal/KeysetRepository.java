package io.tillid.crypto.internal;

import io.tillid.platform.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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

  /** A stored keyset and whose it is, for work across tenants (master key rotation). */
  record KeysetRow(TenantId tenant, KeysetPurpose purpose, String masterKeyId) {}

  Optional<StoredKeyset> find(TenantId tenant, KeysetPurpose purpose) {
    return jdbc.sql("select wrapped_keyset, master_key_id, state from tenant_keyset where tenant_id = ? and purpose = ?")
        .params(tenant.value(), purpose.column())
        .query((rs, row) -> new StoredKeyset(rs.getBytes(1), rs.getString(2), rs.getString(3)))
        .optional();
  }

  /** Locks the tenant's row for the purpose until the transaction ends (rotation, destruction). */
  Optional<StoredKeyset> lock(TenantId tenant, KeysetPurpose purpose) {
    return jdbc.sql("""
        select wrapped_keyset, master_key_id, state from tenant_keyset
        where tenant_id = ? and purpose = ? for update""")
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

  /** Replaces an active keyset's wrapped material (a rotation's new keyset, or a new master key's wrapping). */
  void update(TenantId tenant, KeysetPurpose purpose, byte[] wrapped, String masterKeyId) {
    jdbc.sql("""
        update tenant_keyset set wrapped_keyset = ?, master_key_id = ?, updated_at = ?
        where tenant_id = ? and purpose = ? and state = ?""")
        .params(wrapped, masterKeyId, Timestamp.from(Instant.now()), tenant.value(), purpose.column(), ACTIVE)
        .update();
  }

  /**
   * Crypto-shredding: every keyset of the tenant loses its key material and is marked destroyed;
   * a purpose that had no keyset yet gets a destroyed marker, so none is ever made for it.
   */
  void destroy(TenantId tenant) {
    Timestamp now = Timestamp.from(Instant.now());
    for (KeysetPurpose purpose : KeysetPurpose.values()) {
      int changed = jdbc.sql("""
          update tenant_keyset set wrapped_keyset = null, master_key_id = null, state = ?, updated_at = ?
          where tenant_id = ? and purpose = ?""")
          .params(DESTROYED, now, tenant.value(), purpose.column()).update();
      if (changed == 0) {
        jdbc.sql("""
            insert into tenant_keyset (tenant_id, purpose, wrapped_keyset, master_key_id, state, created_at, updated_at)
            values (?, ?, null, null, ?, ?, ?)""")
            .params(tenant.value(), purpose.column(), DESTROYED, now, now).update();
      }
    }
  }

  /** Active keysets not yet wrapped under the master key (system scope: every tenant). */
  List<KeysetRow> wrappedOtherThan(String masterKeyId) {
    return jdbc.sql("""
        select tenant_id, purpose, master_key_id from tenant_keyset
        where state = ? and master_key_id <> ? order by tenant_id, purpose""")
        .params(ACTIVE, masterKeyId)
        .query((rs, row) -> new KeysetRow(new TenantId(rs.getObject(1, java.util.UUID.class)),
            KeysetPurpose.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)), rs.getString(3)))
        .list();
  }
}
