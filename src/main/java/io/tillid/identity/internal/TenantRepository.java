package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TenantRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  TenantRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<TenantRow> findBySlug(String slug) {
    return jdbc.sql("select id, slug, name from tenant where slug = ?").param(slug)
        .query(TenantRepository::row).optional();
  }

  Optional<TenantRow> findById(TenantId id) {
    return jdbc.sql("select id, slug, name from tenant where id = ?").param(id.value())
        .query(TenantRepository::row).optional();
  }

  List<TenantRow> all() {
    return jdbc.sql("select id, slug, name from tenant order by slug").query(TenantRepository::row).list();
  }

  void insert(TenantRow tenant) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("insert into tenant (id, slug, name, created_at, updated_at) values (?, ?, ?, ?, ?)")
        .params(tenant.id().value(), tenant.slug(), tenant.name(), now, now).update();
  }

  void rename(TenantId id, String name) {
    jdbc.sql("update tenant set name = ?, updated_at = ? where id = ?")
        .params(name, OffsetDateTime.now(clock), id.value()).update();
  }

  private static TenantRow row(ResultSet rs, int rowNum) throws SQLException {
    return new TenantRow(new TenantId(rs.getObject("id", java.util.UUID.class)), rs.getString("slug"),
        rs.getString("name"));
  }
}
