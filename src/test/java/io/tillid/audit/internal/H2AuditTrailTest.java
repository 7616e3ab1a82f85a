package io.tillid.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.audit.AuditEvent;
import io.tillid.platform.TenantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain on H2 in PostgreSQL mode, as start-dev runs it. */
class H2AuditTrailTest {

  private JdbcClient jdbc;
  private TransactionTemplate transactions;
  private JdbcAuditTrail trail;

  @BeforeEach
  void database() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:audit-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common").load().migrate();
    jdbc = JdbcClient.create(dataSource);
    transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    trail = new JdbcAuditTrail(jdbc, Clock.systemUTC());
  }

  private long record(TenantId tenant, int n) {
    return transactions.execute(status -> trail.record(new AuditEvent(tenant, "user:" + n, "thing.done", "thing",
        Integer.toString(n), Map.of("n", Integer.toString(n)))));
  }

  @Test
  void chainsEntriesWithTheHeadCreatedOnFirstUse() {
    TenantId tenant = TenantId.random();
    assertThat(record(tenant, 1)).isEqualTo(1);
    assertThat(record(tenant, 2)).isEqualTo(2);
    assertThat(record(TenantId.random(), 3)).isEqualTo(1);
    List<String[]> rows = jdbc.sql("select prev_hash, entry_hash from audit_entry where tenant_id = :t order by seq")
        .param("t", tenant.value())
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    assertThat(rows.get(0)[0]).isEqualTo(ChainHash.GENESIS);
    assertThat(rows.get(1)[0]).isEqualTo(rows.get(0)[1]);
    assertThat(jdbc.sql("select last_hash from audit_chain_head where tenant_id = :t").param("t", tenant.value())
        .query(String.class).single()).isEqualTo(rows.get(1)[1]);
  }

  @Test
  void concurrentWritersGetGaplessNumbers() throws Exception {
    TenantId tenant = TenantId.random();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        results.add(pool.submit(() -> record(tenant, n)));
      }
      List<Long> seqs = new ArrayList<>();
      for (Future<Long> result : results) {
        seqs.add(result.get());
      }
      assertThat(seqs).containsExactlyInAnyOrderElementsOf(
          java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
      JdbcAuditVerifier verifier = new JdbcAuditVerifier(jdbc);
      io.tillid.audit.ChainVerification result = transactions.execute(status -> verifier.verify(tenant));
      assertThat(result).isEqualTo(io.tillid.audit.ChainVerification.intact(tenant, 40));
      assertThat(verifier.chains()).containsExactly(tenant);
    } finally {
      pool.shutdownNow();
    }
  }
}
