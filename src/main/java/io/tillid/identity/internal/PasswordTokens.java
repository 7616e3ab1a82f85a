package io.tillid.identity.internal;

import io.tillid.platform.TenantScope;
import io.tillid.platform.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-use tokens of e-mailed links (reset, invitation): stored by hash, deleted once used. */
@Repository
class PasswordTokens {

  static final String RESET = "reset";
  static final String INVITATION = "invitation";

  /** An open (unexpired) token: whose it is. */
  record OpenToken(TenantId tenant, UUID userId, String tokenHash) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  PasswordTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A new token for the user; the caller mails it, and only its hash is kept. */
  /** How many links of this purpose were issued to the user since {@code since} and are still open or unused. */
  int issuedSince(TenantId tenant, UUID userId, String purpose, java.time.Instant since) {
    return jdbc.sql("select count(*) from password_token where tenant_id = ? and user_id = ? and purpose = ? "
            + "and created_at > ?")
        .params(tenant.value(), userId, purpose, since.atOffset(java.time.ZoneOffset.UTC))
        .query(Integer.class).single();
  }

  String issue(TenantId tenant, UUID userId, String purpose, Duration validity) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("delete from password_token where tenant_id = ? and user_id = ? and purpose = ? and expires_at <= ?")
        .params(tenant.value(), userId, purpose, now).update();
    String token = SecretTokens.newToken();
    jdbc.sql("insert into password_token (tenant_id, token_hash, user_id, purpose, created_at, expires_at) "
            + "values (?, ?, ?, ?, ?, ?)")
        .params(tenant.value(), SecretTokens.hash(token), userId, purpose, now, now.plus(validity)).update();
    return token;
  }

  /** The token's owner while it is open; empty when it is malformed, unknown, used or expired. */
  Optional<OpenToken> find(String token, String purpose) {
    if (!SecretTokens.wellFormed(token)) {
      return Optional.empty();
    }
    return jdbc.sql("select tenant_id, user_id, token_hash from password_token "
            + "where token_hash = ? and purpose = ? and expires_at > ?")
        .params(SecretTokens.hash(token), purpose, OffsetDateTime.now(clock))
        .query((rs, n) -> new OpenToken(new TenantId(rs.getObject("tenant_id", UUID.class)),
            rs.getObject("user_id", UUID.class), rs.getString("token_hash")))
        .optional();
  }

  /**
   * Whose tenant the link is: looked up by hash across all tenants (the link names no tenant),
   * the one read that needs the system scope. Call it before any transaction begins.
   */
  Optional<TenantId> tenantOf(String token, String purpose) {
    if (!SecretTokens.wellFormed(token)) {
      return Optional.empty();
    }
    return TenantScope.system("single-use link: find its tenant by token hash", () -> jdbc.sql(
            "select tenant_id from password_token where token_hash = ? and purpose = ? and expires_at > ?")
        .params(SecretTokens.hash(token), purpose, OffsetDateTime.now(clock))
        .query((rs, n) -> new TenantId(rs.getObject("tenant_id", UUID.class)))
        .optional());
  }

  /**
   * Uses the token up, with every other token of the same purpose the user has. False when another
   * request used it first: only one of two concurrent uses deletes the row.
   */
  boolean consume(OpenToken token, String purpose) {
    int deleted = jdbc.sql("delete from password_token where tenant_id = ? and token_hash = ?")
        .params(token.tenant().value(), token.tokenHash()).update();
    revokeAll(token.tenant(), token.userId(), purpose);
    return deleted == 1;
  }

  void revokeAll(TenantId tenant, UUID userId, String purpose) {
    jdbc.sql("delete from password_token where tenant_id = ? and user_id = ? and purpose = ?")
        .params(tenant.value(), userId, purpose).update();
  }
}
