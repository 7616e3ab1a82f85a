package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A tenant's API keys in {@code api_key}, and the directory from a key's prefix to its tenant. */
@Repository
class ApiKeyRepository {

  /** A stored key; scopes and allowed addresses space-separated. toString masks the hash. */
  record StoredKey(UUID id, String prefix, String secretHash, String name, String scopes, String allowedAddresses,
      String createdBy, Instant createdAt, Instant expiresAt, Instant lastUsedAt, String lastUsedAddress,
      Instant revokedAt) {
    @Override
    public String toString() {
      return "StoredKey[id=" + id + "]";
    }
  }

  private static final String COLUMNS = "id, prefix, secret_hash, name, scopes, allowed_addresses, created_by, "
      + "created_at, expires_at, last_used_at, last_used_address, revoked_at";

  private final JdbcClient jdbc;

  ApiKeyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The tenant whose key has the prefix, whichever it is. */
  Optional<TenantId> tenantOf(String prefix) {
    return jdbc.sql("select tenant_id from api_key_directory where prefix = ?").param(prefix)
        .query((rs, n) -> new TenantId(rs.getObject("tenant_id", UUID.class))).optional();
  }

  Optional<StoredKey> findByPrefix(TenantId tenant, String prefix) {
    return jdbc.sql("select " + COLUMNS + " from api_key where tenant_id = ? and prefix = ?")
        .params(tenant.value(), prefix).query((rs, n) -> read(rs)).optional();
  }

  Optional<StoredKey> find(TenantId tenant, UUID id) {
    return jdbc.sql("select " + COLUMNS + " from api_key where tenant_id = ? and id = ?")
        .params(tenant.value(), id).query((rs, n) -> read(rs)).optional();
  }

  /** The tenant's keys, newest first. */
  List<StoredKey> list(TenantId tenant) {
    return jdbc.sql("select " + COLUMNS + " from api_key where tenant_id = ? order by created_at desc, id")
        .param(tenant.value()).query((rs, n) -> read(rs)).list();
  }

  void insert(TenantId tenant, StoredKey key) {
    jdbc.sql("insert into api_key_directory (prefix, tenant_id) values (?, ?)").params(key.prefix(), tenant.value())
        .update();
    jdbc.sql("insert into api_key (tenant_id, id, prefix, secret_hash, name, scopes, allowed_addresses, created_by, "
            + "created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(tenant.value(), key.id(), key.prefix(), key.secretHash(), key.name(), key.scopes(),
            key.allowedAddresses(), key.createdBy(), utc(key.createdAt()), utc(key.expiresAt()))
        .update();
  }

  /** Revokes the key unless it already is; returns whether it was revoked now. */
  boolean revoke(TenantId tenant, UUID id, String by, Instant now) {
    return jdbc.sql("update api_key set revoked_at = ?, revoked_by = ? where tenant_id = ? and id = ? "
            + "and revoked_at is null")
        .params(utc(now), by, tenant.value(), id).update() == 1;
  }

  void touch(TenantId tenant, UUID id, Instant now, String address) {
    jdbc.sql("update api_key set last_used_at = ?, last_used_address = ? where tenant_id = ? and id = ?")
        .params(utc(now), address, tenant.value(), id).update();
  }

  /** The status of the tenant's user, if the user exists. */
  Optional<String> userStatus(TenantId tenant, UUID userId) {
    return jdbc.sql("select status from app_user where tenant_id = ? and id = ?").params(tenant.value(), userId)
        .query(String.class).optional();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static StoredKey read(ResultSet rs) throws SQLException {
    return new StoredKey(rs.getObject("id", UUID.class), rs.getString("prefix"), rs.getString("secret_hash"),
        rs.getString("name"), rs.getString("scopes"), rs.getString("allowed_addresses"), rs.getString("created_by"),
        instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
        rs.getString("last_used_address"), instant(rs, "revoked_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
