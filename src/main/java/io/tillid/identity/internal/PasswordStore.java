package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and replaces the password hashes of users and platform admins, found by id. */
@Repository
class PasswordStore {

  private final JdbcClient jdbc;
  private final Clock clock;

  PasswordStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<PasswordAccount> user(TenantId tenant, UUID userId) {
    return jdbc.sql("select u.email, u.password_hash, u.status, t.name, t.slug from app_user u "
            + "join tenant t on t.id = u.tenant_id where u.tenant_id = ? and u.id = ?")
        .params(tenant.value(), userId)
        .query((rs, n) -> new PasswordAccount(tenant, userId, false, rs.getString("email"), rs.getString("name"),
            rs.getString("slug"), rs.getString("password_hash"), rs.getString("status")))
        .optional();
  }

  Optional<PasswordAccount> admin(UUID adminId) {
    return jdbc.sql("select email, password_hash, status from platform_admin where id = ?")
        .param(adminId)
        .query((rs, n) -> PasswordAccount.platformAdmin(adminId, rs.getString("email"),
            rs.getString("password_hash"), rs.getString("status")))
        .optional();
  }

  /** The signed-in principal's account ({@code user:UUID} or {@code admin:UUID}). */
  Optional<PasswordAccount> of(SignedInPrincipal principal) {
    String id = principal.principalId();
    if (id.startsWith("admin:")) {
      return admin(UUID.fromString(id.substring("admin:".length())));
    }
    if (id.startsWith("user:")) {
      return user(principal.tenantId(), UUID.fromString(id.substring("user:".length())));
    }
    return Optional.empty();
  }

  void replaceHash(PasswordAccount account, String newHash) {
    if (account.admin()) {
      jdbc.sql("update platform_admin set password_hash = ?, updated_at = ? where id = ?")
          .params(newHash, OffsetDateTime.now(clock), account.id()).update();
    } else {
      jdbc.sql("update app_user set password_hash = ?, updated_at = ? where tenant_id = ? and id = ?")
          .params(newHash, OffsetDateTime.now(clock), account.tenant().value(), account.id()).update();
    }
  }

  /** An invited user's first password, which makes the account active. */
  void activate(PasswordAccount account, String newHash) {
    jdbc.sql("update app_user set password_hash = ?, status = ?, updated_at = ? where tenant_id = ? and id = ?")
        .params(newHash, UserRepository.ACTIVE, OffsetDateTime.now(clock), account.tenant().value(), account.id())
        .update();
  }
}
