package io.tillid.audit.internal;

import io.tillid.audit.AuditVerifier;
import io.tillid.audit.ChainVerification;
import io.tillid.platform.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a chain in pages of {@value #PAGE} entries, all in one repeatable-read transaction, so
 * entries appended meanwhile neither show up past the head nor hide anything.
 */
@Component
class JdbcAuditVerifier implements AuditVerifier {

  static final int PAGE = 500;

  private final JdbcClient jdbc;

  JdbcAuditVerifier(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public ChainVerification verify(TenantId tenant) {
    ChainWalker walker = new ChainWalker(tenant);
    long after = 0;
    boolean going = true;
    while (going) {
      List<StoredEntry> page = page(tenant, after);
      for (StoredEntry entry : page) {
        going = walker.accept(entry);
        if (!going) {
          break;
        }
        after = entry.seq();
      }
      going &= page.size() == PAGE;
    }
    return jdbc.sql("select last_seq, last_hash from audit_chain_head where tenant_id = :tenant")
        .param("tenant", tenant.value())
        .query((rs, row) -> walker.finish(rs.getLong("last_seq"), rs.getString("last_hash")))
        .optional()
        .orElseGet(() -> walker.finish(0, ChainHash.GENESIS));
  }

  @Override
  @Transactional(readOnly = true)
  public List<TenantId> chains() {
    return jdbc.sql("""
        select tenant_id from audit_chain_head
        union
        select distinct tenant_id from audit_entry
        order by 1""")
        .query((rs, row) -> new TenantId(rs.getObject(1, UUID.class)))
        .list();
  }

  private List<StoredEntry> page(TenantId tenant, long after) {
    return jdbc.sql("""
        select seq, occurred_at, actor, action, target_type, target_id, details, prev_hash, entry_hash
        from audit_entry where tenant_id = :tenant and seq > :after order by seq limit :limit""")
        .param("tenant", tenant.value())
        .param("after", after)
        .param("limit", PAGE)
        .query(JdbcAuditVerifier::entry)
        .list();
  }

  private static StoredEntry entry(ResultSet rs, int row) throws SQLException {
    return new StoredEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"), rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
        rs.getString("details"), rs.getString("prev_hash"), rs.getString("entry_hash"));
  }
}
