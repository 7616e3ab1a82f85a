package io.tillid.crypto.internal;

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

/** The {@code crypto_rotation_job} rows: each tenant's data key rotations and their progress. */
@Repository
class RotationJobRepository {

  private static final String COLUMNS = "tenant_id, id, state, primary_key_id, column_index, last_row_id, "
      + "rows_done, rows_total, started_at, finished_at";

  private final JdbcClient jdbc;

  RotationJobRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(RotationJob job) {
    Timestamp started = Timestamp.from(job.startedAt());
    jdbc.sql("insert into crypto_rotation_job (" + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(job.tenant().value(), job.id(), job.state(), job.primaryKeyId(), job.columnIndex(), job.lastRowId(),
            job.rowsDone(), job.rowsTotal(), started, null, started)
        .update();
  }

  /** The tenant's unfinished rotation, if any (at most one runs per tenant). */
  Optional<RotationJob> running(TenantId tenant) {
    return jdbc.sql("select " + COLUMNS + " from crypto_rotation_job where tenant_id = ? and state = ? order by started_at")
        .params(tenant.value(), RotationJob.RUNNING).query(RotationJobRepository::map).optional();
  }

  /**
   * Locks the job for one batch, skipping it when another node or process holds it: the lock is
   * what keeps two workers from walking the same rows at once.
   */
  Optional<RotationJob> claim(TenantId tenant, UUID id) {
    return jdbc.sql("select " + COLUMNS + " from crypto_rotation_job where tenant_id = ? and id = ? and state = ? "
            + "for update skip locked")
        .params(tenant.value(), id, RotationJob.RUNNING).query(RotationJobRepository::map).optional();
  }

  void progress(RotationJob job, int columnIndex, UUID lastRowId, long rowsDone) {
    jdbc.sql("""
        update crypto_rotation_job set column_index = ?, last_row_id = ?, rows_done = ?, updated_at = ?
        where tenant_id = ? and id = ?""")
        .params(columnIndex, lastRowId, rowsDone, Timestamp.from(Instant.now()), job.tenant().value(), job.id())
        .update();
  }

  void finish(RotationJob job) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("update crypto_rotation_job set state = ?, finished_at = ?, updated_at = ? where tenant_id = ? and id = ?")
        .params(RotationJob.FINISHED, now, now, job.tenant().value(), job.id()).update();
  }

  Optional<RotationJob> find(TenantId tenant, UUID id) {
    return jdbc.sql("select " + COLUMNS + " from crypto_rotation_job where tenant_id = ? and id = ?")
        .params(tenant.value(), id).query(RotationJobRepository::map).optional();
  }

  /** Stops the tenant's unfinished rotation for good (its keys were destroyed). */
  void abandon(TenantId tenant) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("update crypto_rotation_job set state = ?, finished_at = ?, updated_at = ? where tenant_id = ? and state = ?")
        .params(RotationJob.ABANDONED, now, now, tenant.value(), RotationJob.RUNNING).update();
  }

  /** Jobs newest first: one tenant's, or every tenant's in the system scope. */
  List<RotationJob> list(Optional<TenantId> tenant) {
    return tenant.map(id -> jdbc.sql("select " + COLUMNS + " from crypto_rotation_job where tenant_id = ? order by started_at desc")
            .param(id.value()))
        .orElseGet(() -> jdbc.sql("select " + COLUMNS + " from crypto_rotation_job order by started_at desc"))
        .query(RotationJobRepository::map).list();
  }

  /** Unfinished jobs of every tenant (system scope), for the background worker. */
  List<RotationJob> allRunning() {
    return jdbc.sql("select " + COLUMNS + " from crypto_rotation_job where state = ? order by started_at")
        .param(RotationJob.RUNNING).query(RotationJobRepository::map).list();
  }

  private static RotationJob map(ResultSet rs, int row) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new RotationJob(new TenantId(rs.getObject("tenant_id", UUID.class)), rs.getObject("id", UUID.class),
        rs.getString("state"), rs.getInt("primary_key_id"), rs.getInt("column_index"),
        rs.getObject("last_row_id", UUID.class), rs.getLong("rows_done"), rs.getLong("rows_total"),
        rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant());
  }
}
