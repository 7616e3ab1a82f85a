package io.tillid.screening.internal.persistence;

import io.tillid.platform.TenantId;
import io.tillid.screening.CustomerHit;
import io.tillid.screening.CustomerScreening.HitCounts;
import io.tillid.screening.internal.hits.HitStore;
import io.tillid.screening.internal.hits.StoredHit;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code screening_hit} and {@code screening_disposition} tables; every query names its tenant. */
@Repository
class JdbcHitStore implements HitStore {

  private static final String SELECT = """
      select id, customer_id, list_name, entity_id, entity_sha256, entity_name, matched_name, entity_type, pep, score,
             explanation, status, closed_reason, raised_by, created_at, updated_at
      from screening_hit""";

  private final JdbcClient jdbc;

  JdbcHitStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<StoredHit> ofCustomer(TenantId tenant, UUID customerId) {
    return jdbc.sql(SELECT + " where tenant_id = ? and customer_id = ? order by created_at desc, id")
        .params(tenant.value(), customerId).query(JdbcHitStore::row).list();
  }

  @Override
  public Optional<StoredHit> find(TenantId tenant, UUID customerId, UUID hitId) {
    return jdbc.sql(SELECT + " where tenant_id = ? and customer_id = ? and id = ?")
        .params(tenant.value(), customerId, hitId).query(JdbcHitStore::row).optional();
  }

  @Override
  public void insert(TenantId tenant, StoredHit h) {
    jdbc.sql("""
        insert into screening_hit (tenant_id, id, customer_id, list_name, entity_id, entity_sha256, entity_name,
            matched_name, entity_type, pep, score, explanation, status, closed_reason, raised_by, created_at, updated_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(tenant.value(), h.id(), h.customerId(), h.list(), h.entityId(), h.fingerprint(), cut(h.name()),
            cut(h.matchedName()), h.type(), h.pep(), BigDecimal.valueOf(h.score()), h.explanation(), h.status(),
            h.closedReason(), h.raisedBy(), Timestamp.from(h.createdAt()), Timestamp.from(h.updatedAt()))
        .update();
  }

  @Override
  public void update(TenantId tenant, StoredHit h) {
    jdbc.sql("""
        update screening_hit set entity_sha256 = ?, matched_name = ?, score = ?, explanation = ?, status = ?,
            closed_reason = ?, updated_at = ?
        where tenant_id = ? and id = ?""")
        .params(h.fingerprint(), cut(h.matchedName()), BigDecimal.valueOf(h.score()), h.explanation(), h.status(),
            h.closedReason(), Timestamp.from(h.updatedAt()), tenant.value(), h.id())
        .update();
  }

  @Override
  public void addDisposition(TenantId tenant, UUID hitId, UUID dispositionId, CustomerHit.Disposition d) {
    jdbc.sql("""
        insert into screening_disposition (tenant_id, id, hit_id, decision, reason, decided_by, decided_at)
        values (?, ?, ?, ?, ?, ?, ?)""")
        .params(tenant.value(), dispositionId, hitId, d.decision(), d.reason(), d.decidedBy(),
            Timestamp.from(d.decidedAt()))
        .update();
  }

  @Override
  public Map<UUID, List<CustomerHit.Disposition>> dispositions(TenantId tenant, Collection<UUID> hitIds) {
    Map<UUID, List<CustomerHit.Disposition>> found = new LinkedHashMap<>();
    if (hitIds.isEmpty()) {
      return found;
    }
    jdbc.sql("""
        select hit_id, decision, reason, decided_by, decided_at from screening_disposition
        where tenant_id = :tenant and hit_id in (:ids) order by decided_at, id""")
        .param("tenant", tenant.value()).param("ids", List.copyOf(hitIds))
        .query(rs -> {
          found.computeIfAbsent(rs.getObject(1, UUID.class), key -> new ArrayList<>())
              .add(new CustomerHit.Disposition(rs.getString(2), rs.getString(3), rs.getString(4),
                  rs.getTimestamp(5).toInstant()));
        });
    return found;
  }

  @Override
  public List<StoredHit> pendingOnEntries(TenantId tenant, String list, Collection<String> entityIds) {
    List<StoredHit> found = new ArrayList<>();
    List<String> ids = List.copyOf(entityIds);
    for (int from = 0; from < ids.size(); from += 1000) {
      found.addAll(jdbc.sql(SELECT + """
           \s where tenant_id = :tenant and list_name = :list and entity_id in (:ids)
             and status in ('open', 'escalated')""")
          .param("tenant", tenant.value()).param("list", list)
          .param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
          .query(JdbcHitStore::row).list());
    }
    return found;
  }

  @Override
  public List<StoredHit> pending(TenantId tenant, io.tillid.platform.PageCursor after, int limit) {
    if (after == null) {
      return jdbc.sql(SELECT + " where tenant_id = ? and status in ('open', 'escalated') order by created_at desc, id"
          + " limit ?").params(tenant.value(), limit).query(JdbcHitStore::row).list();
    }
    return jdbc.sql(SELECT + " where tenant_id = ? and status in ('open', 'escalated')"
        + " and (created_at < ? or (created_at = ? and id > ?)) order by created_at desc, id limit ?")
        .params(tenant.value(), java.sql.Timestamp.from(after.at()), java.sql.Timestamp.from(after.at()), after.id(), limit)
        .query(JdbcHitStore::row).list();
  }

  @Override
  public HitCounts counts(TenantId tenant, UUID customerId) {
    return jdbc.sql("""
        select coalesce(sum(case when status in ('open', 'escalated') then 1 else 0 end), 0),
               coalesce(sum(case when status = 'true_match' and not pep then 1 else 0 end), 0),
               coalesce(sum(case when status = 'true_match' and pep then 1 else 0 end), 0)
        from screening_hit where tenant_id = ? and customer_id = ?""")
        .params(tenant.value(), customerId)
        .query((rs, row) -> new HitCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single();
  }

  private static String cut(String name) {
    return name.length() <= 1000 ? name : name.substring(0, 1000);
  }

  private static StoredHit row(ResultSet rs, int row) throws SQLException {
    return new StoredHit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
        rs.getBigDecimal(10).doubleValue(), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
        rs.getTimestamp(15).toInstant(), rs.getTimestamp(16).toInstant());
  }
}
