package io.tillid.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.ChainVerification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.IllegalTransactionStateException;

class AuditTrailIT extends AuditTestSupport {

  private long count() {
    return jdbc.sql("select count(*) from audit_entry where tenant_id = :t").param("t", tenant.value())
        .query(Long.class).single();
  }

  @Test
  void entriesChainFromGenesisAndVerify() {
    recordEntries(3);
    List<String[]> links = jdbc.sql("select prev_hash, entry_hash from audit_entry where tenant_id = :t order by seq")
        .param("t", tenant.value())
        .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    assertThat(links).hasSize(3);
    assertThat(links.get(0)[0]).isEqualTo(ChainHash.GENESIS);
    assertThat(links.get(1)[0]).isEqualTo(links.get(0)[1]);
    assertThat(links.get(2)[0]).isEqualTo(links.get(1)[1]);
    assertThat(verifier.verify(tenant)).isEqualTo(ChainVerification.intact(tenant, 3));
    assertThat(verifier.chains()).contains(tenant);
  }

  @Test
  void concurrentWritersInSeparateTransactionsGetGaplessNumbers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Long>> writes = new ArrayList<>();
      for (int i = 0; i < 160; i++) {
        int n = i;
        writes.add(() -> transactions().execute(status -> trail.record(event(tenant, n))));
      }
      List<Long> seqs = new ArrayList<>();
      for (Future<Long> result : pool.invokeAll(writes)) {
        seqs.add(result.get());
      }
      assertThat(seqs).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 160).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
    assertThat(verifier.verify(tenant)).isEqualTo(ChainVerification.intact(tenant, 160));
  }

  @Test
  void entryRollsBackWithItsTransaction() {
    recordEntries(1);
    transactions().executeWithoutResult(status -> {
      trail.record(event(tenant, 2));
      status.setRollbackOnly();
    });
    assertThat(count()).isEqualTo(1);
    Long seq = transactions().execute(status -> trail.record(event(tenant, 3)));
    assertThat(seq).isEqualTo(2);
    assertThat(verifier.verify(tenant)).isEqualTo(ChainVerification.intact(tenant, 2));
  }

  @Test
  void firstEntryRolledBackLeavesNoChain() {
    transactions().executeWithoutResult(status -> {
      trail.record(event(tenant, 1));
      status.setRollbackOnly();
    });
    assertThat(verifier.chains()).doesNotContain(tenant);
    assertThat(verifier.verify(tenant)).isEqualTo(ChainVerification.intact(tenant, 0));
  }

  @Test
  void recordingNeedsATransaction() {
    assertThatThrownBy(() -> trail.record(event(tenant, 1))).isInstanceOf(IllegalTransactionStateException.class);
    assertThat(count()).isZero();
  }

  @Test
  void refusesDetailsTooLongForTheColumnWithoutEchoingThem() {
    AuditEvent large = new AuditEvent(tenant, "user:1", "thing.changed", null, null, Map.of("k", "secret".repeat(700)));
    assertThatThrownBy(() -> transactions().executeWithoutResult(status -> trail.record(large)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret");
    assertThat(count()).isZero();
  }

  @Test
  void databaseRefusesToChangeOrRemoveEntries() {
    recordEntries(2);
    assertThatThrownBy(() -> jdbc.sql("update audit_entry set details = '{}' where tenant_id = :t")
        .param("t", tenant.value()).update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where tenant_id = :t").param("t", tenant.value()).update())
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> transactions().executeWithoutResult(status -> {
      status.setRollbackOnly();
      jdbc.sql("truncate audit_entry").update();
    })).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThat(verifier.verify(tenant)).isEqualTo(ChainVerification.intact(tenant, 2));
  }
}
