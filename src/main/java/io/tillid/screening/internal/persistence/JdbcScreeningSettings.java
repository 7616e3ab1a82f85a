package io.tillid.screening.internal.persistence;

import io.tillid.platform.TenantId;
import io.tillid.screening.internal.hits.Thresholds;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code screening_setting} table: each tenant's threshold. */
@Repository
class JdbcScreeningSettings implements Thresholds.Store {

  private final JdbcClient jdbc;

  JdbcScreeningSettings(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public OptionalDouble find(TenantId tenant) {
    return jdbc.sql("select threshold from screening_setting where tenant_id = ?").param(tenant.value())
        .query(BigDecimal.class).optional().map(value -> OptionalDouble.of(value.doubleValue()))
        .orElse(OptionalDouble.empty());
  }

  @Override
  public void save(TenantId tenant, double threshold, String by) {
    Timestamp now = Timestamp.from(Instant.now());
    int updated = jdbc.sql("update screening_setting set threshold = ?, updated_by = ?, updated_at = ? where tenant_id = ?")
        .params(BigDecimal.valueOf(threshold), by, now, tenant.value()).update();
    if (updated == 0) {
      jdbc.sql("insert into screening_setting (tenant_id, threshold, updated_by, updated_at) values (?, ?, ?, ?)")
          .params(tenant.value(), BigDecimal.valueOf(threshold), by, now).update();
    }
  }
}
