package io.tillid.cases.internal;

import io.tillid.access.DatasetAttributes;
import io.tillid.access.DatasetColumns;
import io.tillid.access.SqlPredicate;
import io.tillid.platform.PageCursor;
import io.tillid.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases and their ticked checklist items; each save checks the version read (optimistic locking). */
@Repository
class CaseRepository {

  static final DatasetColumns COLUMNS = DatasetColumns.DEFAULT;

  private static final String SELECT = """
      select id, customer_id, customer_type, cdd_level, high_risk, state, prepared_by, decided_by, decision_reason,
             decided_at, business_unit, sensitivity, jurisdiction, version, created_at
      from kyc_case""";

  private final JdbcClient jdbc;

  CaseRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(TenantId tenant, KycCase c, String actor) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("""
        insert into kyc_case (tenant_id, id, customer_id, customer_type, cdd_level, high_risk, state, business_unit,
            sensitivity, jurisdiction, version, created_by, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
        .params(tenant.value(), c.id(), c.customerId(), c.customerType(), c.cddLevel().value(), c.highRisk(),
            c.state().value(), c.attributes().businessUnit(), c.attributes().sensitivity(),
            c.attributes().jurisdiction(), actor, now, now)
        .update();
  }

  /** Writes the case's state and any newly ticked items; fails if someone else changed it meanwhile. */
  void update(TenantId tenant, KycCase c, String actor) {
    Timestamp now = Timestamp.from(Instant.now());
    int changed = jdbc.sql("""
        update kyc_case set state = ?, prepared_by = ?, decided_by = ?, decision_reason = ?, decided_at = ?,
            version = version + 1, updated_at = ?
        where tenant_id = ? and id = ? and version = ?""")
        .params(c.state().value(), c.preparedBy(), c.decidedBy(), c.decisionReason(),
            c.decidedAt() == null ? null : Timestamp.from(c.decidedAt()), now, tenant.value(), c.id(), c.version())
        .update();
    if (changed != 1) {
      throw new OptimisticLockingFailureException("the case was changed by someone else");
    }
    Set<String> stored = Set.copyOf(items(tenant, c.id()));
    for (String item : c.done()) {
      if (!stored.contains(item)) {
        jdbc.sql("insert into kyc_case_item (tenant_id, case_id, item, done_by, done_at) values (?, ?, ?, ?, ?)")
            .params(tenant.value(), c.id(), item, actor, now).update();
      }
    }
  }

  Optional<KycCase> find(TenantId tenant, UUID id) {
    List<String> done = items(tenant, id);
    return jdbc.sql(SELECT + " where tenant_id = ? and id = ?").params(tenant.value(), id)
        .query((rs, n) -> row(rs, done)).optional();
  }

  /** A listed case and the time it was opened (its place in the list). */
  record Listed(KycCase kycCase, Instant createdAt) {}

  /**
   * Up to {@code limit} cases the grants permit, newest first, after {@code after} if given; of one
   * customer if {@code customerId} is given.
   */
  List<Listed> list(TenantId tenant, SqlPredicate grants, UUID customerId, PageCursor after, int limit) {
    Map<String, Object> params = new HashMap<>(grants.parameters());
    params.put("tenant", tenant.value());
    params.put("limit", limit);
    String sql = SELECT + " where tenant_id = :tenant and " + grants.sql();
    if (customerId != null) {
      sql += " and customer_id = :customer";
      params.put("customer", customerId);
    }
    if (after != null) {
      sql += " and (created_at < :afterTime or (created_at = :afterTime and id > :afterId))";
      params.put("afterTime", Timestamp.from(after.at()));
      params.put("afterId", after.id());
    }
    return jdbc.sql(sql + " order by created_at desc, id limit :limit").params(params)
        .query((rs, n) -> new Listed(row(rs, Set.of()), rs.getTimestamp("created_at").toInstant())).list();
  }

  private List<String> items(TenantId tenant, UUID caseId) {
    return jdbc.sql("select item from kyc_case_item where tenant_id = ? and case_id = ? order by done_at, item")
        .params(tenant.value(), caseId).query(String.class).list();
  }

  private static KycCase row(ResultSet rs, java.util.Collection<String> done) throws SQLException {
    Timestamp decidedAt = rs.getTimestamp("decided_at");
    return new KycCase(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
        rs.getString("customer_type"),
        new DatasetAttributes(rs.getString("business_unit"), rs.getString("sensitivity"), rs.getString("jurisdiction")),
        CddLevel.parse("cddLevel", rs.getString("cdd_level")), rs.getBoolean("high_risk"), Set.copyOf(done),
        CaseState.of(rs.getString("state")), rs.getString("prepared_by"), rs.getString("decided_by"),
        rs.getString("decision_reason"), decidedAt == null ? null : decidedAt.toInstant(), rs.getLong("version"));
  }
}
