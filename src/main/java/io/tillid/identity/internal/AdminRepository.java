package io.tillid.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The platform's staff, who belong to no tenant. */
@Repository
class AdminRepository {

  /** A stored admin; toString masks the e-mail address, name and hash. */
  record StoredAdmin(UUID id, String email, String displayName, String passwordHash, String status) {
    @Override
    public String toString() {
      return "StoredAdmin[id=" + id + "]";
    }
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  AdminRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<StoredAdmin> find(String email) {
    return jdbc.sql("select id, email, display_name, password_hash, status from platform_admin where email = ?")
        .param(email)
        .query((rs, n) -> new StoredAdmin(rs.getObject("id", UUID.class), rs.getString("email"),
            rs.getString("display_name"), rs.getString("password_hash"), rs.getString("status")))
        .optional();
  }

  void insert(StoredAdmin admin) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("insert into platform_admin (id, email, display_name, password_hash, status, created_at, updated_at) "
            + "values (?, ?, ?, ?, ?, ?, ?)")
        .params(admin.id(), admin.email(), admin.displayName(), admin.passwordHash(), admin.status(), now, now)
        .update();
  }

  void update(StoredAdmin admin) {
    jdbc.sql("update platform_admin set display_name = ?, password_hash = ?, updated_at = ? where id = ?")
        .params(admin.displayName(), admin.passwordHash(), OffsetDateTime.now(clock), admin.id())
        .update();
  }
}
