package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Users' authorizations of third-party applications ({@code oauth_authorization}) and their
 * consents ({@code oauth_consent}); every call names the tenant, except the look-up of a secret's
 * tenant, which runs in the system scope because a code or refresh token arrives before any
 * tenant is known (the hash alone identifies it).
 */
@Repository
class UserAuthorizationRepository {

  /** An authorization as stored: secrets only as SHA-256 hashes (null where none was issued). */
  record StoredAuthorization(String id, UUID apiClientId, String clientId, UUID userId, String redirectUri, String requestedScopes,
      String authorizedScopes, String clientState, String codeChallenge, String codeChallengeMethod,
      String consentStateHash, String codeHash, Instant codeIssuedAt, Instant codeExpiresAt, boolean codeUsed,
      String refreshHash, Instant refreshIssuedAt, Instant refreshExpiresAt, boolean refreshRevoked,
      String accessTokenId, Instant createdAt) {}

  /** A user's consent to an application, as the user's list shows it. */
  record Consent(UUID apiClientId, String clientId, String scopes, Instant grantedAt) {}

  /** Which of an authorization's secrets a hash is of. */
  enum Secret {
    CONSENT_STATE("consent_state_hash"), CODE("code_hash"), REFRESH("refresh_hash");

    final String column;

    Secret(String column) {
      this.column = column;
    }
  }

  private static final String COLUMNS = "id, api_client_id, client_id, user_id, redirect_uri, requested_scopes, "
      + "authorized_scopes, client_state, code_challenge, code_challenge_method, consent_state_hash, code_hash, "
      + "code_issued_at, code_expires_at, code_used, refresh_hash, refresh_issued_at, refresh_expires_at, "
      + "refresh_revoked, access_token_id, created_at";

  private final JdbcClient jdbc;

  UserAuthorizationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The tenant and id of the authorization a secret belongs to; call in the system scope. */
  Optional<Located> locate(Secret secret, String hash) {
    return jdbc.sql("select tenant_id, id from oauth_authorization where " + secret.column + " = ?").param(hash)
        .query((rs, n) -> new Located(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2))).optional();
  }

  record Located(TenantId tenant, String id) {}

  Optional<StoredAuthorization> find(TenantId tenant, String id) {
    return jdbc.sql("select " + COLUMNS + " from oauth_authorization where tenant_id = ? and id = ?")
        .params(tenant.value(), id).query(UserAuthorizationRepository::stored).optional();
  }

  /** Inserts or replaces the authorization. */
  void save(TenantId tenant, StoredAuthorization a) {
    int updated = jdbc.sql("""
        update oauth_authorization set authorized_scopes = ?, consent_state_hash = ?, code_hash = ?,
            code_issued_at = ?, code_expires_at = ?, code_used = ?, refresh_hash = ?, refresh_issued_at = ?,
            refresh_expires_at = ?, refresh_revoked = ?, access_token_id = ?
        where tenant_id = ? and id = ?""")
        .params(a.authorizedScopes(), a.consentStateHash(), a.codeHash(), ts(a.codeIssuedAt()), ts(a.codeExpiresAt()),
            a.codeUsed(), a.refreshHash(), ts(a.refreshIssuedAt()), ts(a.refreshExpiresAt()), a.refreshRevoked(),
            a.accessTokenId(), tenant.value(), a.id())
        .update();
    if (updated == 0) {
      jdbc.sql("insert into oauth_authorization (tenant_id, " + COLUMNS + ") "
              + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(tenant.value(), a.id(), a.apiClientId(), a.clientId(), a.userId(), a.redirectUri(), a.requestedScopes(),
              a.authorizedScopes(), a.clientState(), a.codeChallenge(), a.codeChallengeMethod(), a.consentStateHash(),
              a.codeHash(), ts(a.codeIssuedAt()), ts(a.codeExpiresAt()), a.codeUsed(), a.refreshHash(),
              ts(a.refreshIssuedAt()), ts(a.refreshExpiresAt()), a.refreshRevoked(), a.accessTokenId(),
              ts(a.createdAt()))
          .update();
    }
  }

  void delete(TenantId tenant, String id) {
    jdbc.sql("delete from oauth_authorization where tenant_id = ? and id = ?").params(tenant.value(), id).update();
  }

  /** Ends every authorization of the application for the user: no code or refresh token works any more. */
  int deleteAll(TenantId tenant, UUID apiClientId, UUID userId) {
    return jdbc.sql("delete from oauth_authorization where tenant_id = ? and api_client_id = ? and user_id = ?")
        .params(tenant.value(), apiClientId, userId).update();
  }

  /** Revokes every access token the application holds for the user; returns how many. */
  int revokeAccessTokens(TenantId tenant, UUID apiClientId, UUID userId, Instant when) {
    return jdbc.sql("update oauth_access_token set revoked_at = ? "
            + "where tenant_id = ? and api_client_id = ? and user_id = ? and revoked_at is null")
        .params(Timestamp.from(when), tenant.value(), apiClientId, userId).update();
  }

  /** Forgets authorizations whose code and refresh token (if any) expired before {@code before}. */
  int deleteExpired(Instant before) {
    return jdbc.sql("delete from oauth_authorization where created_at < ? and (code_expires_at is null or code_expires_at < ?) "
            + "and (refresh_expires_at is null or refresh_expires_at < ?)")
        .params(Timestamp.from(before), Timestamp.from(before), Timestamp.from(before)).update();
  }

  Optional<String> consentedScopes(TenantId tenant, UUID apiClientId, UUID userId) {
    return jdbc.sql("select scopes from oauth_consent where tenant_id = ? and api_client_id = ? and user_id = ?")
        .params(tenant.value(), apiClientId, userId).query(String.class).optional();
  }

  void saveConsent(TenantId tenant, UUID apiClientId, UUID userId, String scopes, Instant when) {
    int updated = jdbc.sql("update oauth_consent set scopes = ?, granted_at = ? "
            + "where tenant_id = ? and api_client_id = ? and user_id = ?")
        .params(scopes, Timestamp.from(when), tenant.value(), apiClientId, userId).update();
    if (updated == 0) {
      jdbc.sql("insert into oauth_consent (tenant_id, api_client_id, user_id, scopes, granted_at) values (?, ?, ?, ?, ?)")
          .params(tenant.value(), apiClientId, userId, scopes, Timestamp.from(when)).update();
    }
  }

  boolean deleteConsent(TenantId tenant, UUID apiClientId, UUID userId) {
    return jdbc.sql("delete from oauth_consent where tenant_id = ? and api_client_id = ? and user_id = ?")
        .params(tenant.value(), apiClientId, userId).update() > 0;
  }

  /** The applications the user has authorized, by client id. */
  List<Consent> consentsOf(TenantId tenant, UUID userId) {
    return jdbc.sql("""
        select c.api_client_id, a.client_id, c.scopes, c.granted_at from oauth_consent c
        join api_client a on a.tenant_id = c.tenant_id and a.id = c.api_client_id
        where c.tenant_id = ? and c.user_id = ? order by a.client_id""")
        .params(tenant.value(), userId)
        .query((rs, n) -> new Consent(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            rs.getTimestamp(4).toInstant()))
        .list();
  }

  /**
   * The scopes an access token issued to an application for a user may use now: those the user
   * still consents to, if the token is known and not revoked, the application still exists and the
   * user is active. What each API request with such a token checks, in one query.
   */
  Optional<String> usableScopes(TenantId tenant, UUID userId, String tokenId) {
    return jdbc.sql("""
        select c.scopes from oauth_access_token t
        join oauth_consent c on c.tenant_id = t.tenant_id and c.api_client_id = t.api_client_id and c.user_id = t.user_id
        join api_client a on a.tenant_id = t.tenant_id and a.id = t.api_client_id
        join app_user u on u.tenant_id = t.tenant_id and u.id = t.user_id
        where t.tenant_id = ? and t.id = ? and t.user_id = ? and t.revoked_at is null and u.status = 'active'""")
        .params(tenant.value(), tokenId, userId).query(String.class).optional();
  }

  private static StoredAuthorization stored(ResultSet rs, int row) throws SQLException {
    return new StoredAuthorization(rs.getString("id"), rs.getObject("api_client_id", UUID.class),
        rs.getString("client_id"), rs.getObject("user_id", UUID.class), rs.getString("redirect_uri"), rs.getString("requested_scopes"),
        rs.getString("authorized_scopes"), rs.getString("client_state"), rs.getString("code_challenge"),
        rs.getString("code_challenge_method"), rs.getString("consent_state_hash"), rs.getString("code_hash"),
        instant(rs, "code_issued_at"), instant(rs, "code_expires_at"), rs.getBoolean("code_used"),
        rs.getString("refresh_hash"), instant(rs, "refresh_issued_at"), instant(rs, "refresh_expires_at"),
        rs.getBoolean("refresh_revoked"), rs.getString("access_token_id"), instant(rs, "created_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
