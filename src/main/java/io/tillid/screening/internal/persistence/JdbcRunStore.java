package io.tillid.screening.internal.persistence;

import io.tillid.platform.TenantId;
import io.tillid.screening.internal.monitoring.Run;
import io.tillid.screening.internal.monitoring.RunStore;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code screening_run} table. */
@Repository
class JdbcRunStore implements RunStore {

  private final JdbcClient jdbc;

  JdbcRunStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void start(TenantId tenant, Run run) {
    jdbc.sql("""
        insert into screening_run (tenant_id, id, kind, lists, started_at, total, done, hits_raised, hits_closed,
            finished_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(tenant.value(), run.id(), run.kind(), cut(run.lists()), Timestamp.from(run.startedAt()), run.total(),
            run.done(), run.hitsRaised(), run.hitsClosed(), run.finishedAt() == null ? null
                : Timestamp.from(run.finishedAt()))
        .update();
  }

  @Override
  public void update(TenantId tenant, Run run) {
    jdbc.sql("""
        update screening_run set done = ?, hits_raised = ?, hits_closed = ?, finished_at = ?
        where tenant_id = ? and id = ?""")
        .params(run.done(), run.hitsRaised(), run.hitsClosed(), run.finishedAt() == null ? null
            : Timestamp.from(run.finishedAt()), tenant.value(), run.id())
        .update();
  }

  @Override
  public List<Run> recent(TenantId tenant, int limit) {
    return jdbc.sql("""
        select id, kind, lists, started_at, total, done, hits_raised, hits_closed, finished_at from screening_run
        where tenant_id = ? order by started_at desc, id limit ?""")
        .params(tenant.value(), limit)
        .query((rs, row) -> new Run(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
            rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
            rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
        .list();
  }

  private static String cut(String lists) {
    return lists.length() <= 400 ? lists : lists.substring(0, 397) + "...";
  }
}
