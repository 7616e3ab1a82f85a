package io.tillid.audit.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries under a lock on the chain's head row, so that concurrent writers of one tenant
 * queue up and number their entries without gaps, while other tenants' writers are not held up.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public long record(AuditEvent event) {
    EventLimits.check(event);
    String details = DetailsCodec.encode(event.details());
    ChainHead head = lockHead(event);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    ChainEntry entry = new ChainEntry(event.tenant(), head.lastSeq() + 1, now, event.actor(), event.action(),
        event.targetType(), event.targetId(), event.details(), head.lastHash());
    String hash = ChainHash.of(entry);
    jdbc.sql("""
        insert into audit_entry (tenant_id, seq, occurred_at, actor, action, target_type, target_id, details,
                                 prev_hash, entry_hash)
        values (:tenant, :seq, :occurredAt, :actor, :action, :targetType, :targetId, :details, :prevHash, :hash)""")
        .param("tenant", entry.tenant().value())
        .param("seq", entry.seq())
        .param("occurredAt", now.atOffset(ZoneOffset.UTC))
        .param("actor", entry.actor())
        .param("action", entry.action())
        .param("targetType", entry.targetType())
        .param("targetId", entry.targetId())
        .param("details", details)
        .param("prevHash", entry.prevHash())
        .param("hash", hash)
        .update();
    jdbc.sql("update audit_chain_head set last_seq = :seq, last_hash = :hash where tenant_id = :tenant")
        .param("seq", entry.seq())
        .param("hash", hash)
        .param("tenant", entry.tenant().value())
        .update();
    return entry.seq();
  }

  private ChainHead lockHead(AuditEvent event) {
    jdbc.sql("""
        insert into audit_chain_head (tenant_id, last_seq, last_hash) values (:tenant, 0, :genesis)
        on conflict do nothing""")
        .param("tenant", event.tenant().value())
        .param("genesis", ChainHash.GENESIS)
        .update();
    return jdbc.sql("select last_seq, last_hash from audit_chain_head where tenant_id = :tenant for update")
        .param("tenant", event.tenant().value())
        .query((rs, row) -> new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")))
        .single();
  }

  private record ChainHead(long lastSeq, String lastHash) {}
}
