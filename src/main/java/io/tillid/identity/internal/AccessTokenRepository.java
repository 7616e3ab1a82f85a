package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issued access tokens ({@code oauth_access_token}) by jti, found by a hash of the token; every call names the tenant. */
@Repository
class AccessTokenRepository {

  /**
   * An issued token as stored: never the token itself, only its SHA-256. {@code userId} is the user an
   * application holds it for; null for a service's own token.
   */
  record IssuedToken(String id, UUID apiClientId, String clientId, String scopes, Instant issuedAt,
      Instant expiresAt, Instant revokedAt, UUID userId) {}

  private final JdbcClient jdbc;

  AccessTokenRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(TenantId tenant, IssuedToken token, String tokenHash) {
    jdbc.sql("""
        insert into oauth_access_token
            (tenant_id, id, api_client_id, client_id, token_hash, scopes, issued_at, expires_at, revoked_at, user_id)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(tenant.value(), token.id(), token.apiClientId(), token.clientId(), tokenHash, token.scopes(),
            Timestamp.from(token.issuedAt()), Timestamp.from(token.expiresAt()), timestamp(token.revokedAt()), token.userId())
        .update();
  }

  /** Marks the token revoked (once; a later revocation keeps the first time). */
  boolean revoke(TenantId tenant, String id, Instant when) {
    return jdbc.sql("update oauth_access_token set revoked_at = ? where tenant_id = ? and id = ? and revoked_at is null")
        .params(Timestamp.from(when), tenant.value(), id).update() > 0;
  }

  boolean exists(TenantId tenant, String id) {
    return jdbc.sql("select count(*) from oauth_access_token where tenant_id = ? and id = ?")
        .params(tenant.value(), id).query(Integer.class).single() > 0;
  }

  Optional<IssuedToken> findByHash(TenantId tenant, String tokenHash) {
    return find("token_hash", tenant, tokenHash);
  }

  Optional<IssuedToken> findById(TenantId tenant, String id) {
    return find("id", tenant, id);
  }

  void delete(TenantId tenant, String id) {
    jdbc.sql("delete from oauth_access_token where tenant_id = ? and id = ?").params(tenant.value(), id).update();
  }

  /**
   * The scopes the client holds now, if the client still exists and the token is known and not
   * revoked: what each API request checks, in one query.
   */
  Optional<String> usableScopes(TenantId tenant, UUID apiClientId, String tokenId) {
    return jdbc.sql("""
        select c.scopes from api_client c
        join oauth_access_token t on t.tenant_id = c.tenant_id and t.api_client_id = c.id
        where c.tenant_id = ? and c.id = ? and t.id = ? and t.revoked_at is null""")
        .params(tenant.value(), apiClientId, tokenId).query(String.class).optional();
  }

  /** Forgets tokens that expired before {@code before}, in every tenant the scope lets it see. */
  int deleteExpired(Instant before) {
    return jdbc.sql("delete from oauth_access_token where expires_at < ?").param(Timestamp.from(before)).update();
  }

  private Optional<IssuedToken> find(String column, TenantId tenant, String value) {
    return jdbc.sql("select id, api_client_id, client_id, scopes, issued_at, expires_at, revoked_at, user_id "
            + "from oauth_access_token where tenant_id = ? and " + column + " = ?")
        .params(tenant.value(), value)
        .query((rs, n) -> new IssuedToken(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3),
            rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
            rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getObject(8, UUID.class)))
        .optional();
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
