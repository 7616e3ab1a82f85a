package io.tillid.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.platform.TenantId;
import io.tillid.support.IntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A tenant's data key rotation on PostgreSQL: every value of every declared column re-encrypted
 * under the new primary key, batch by batch, resumable, one worker at a time, the old key removed
 * at the end, audited; other tenants untouched.
 */
class DataKeyRotationIT extends IntegrationTest {

  @Autowired
  ApplicationContext context;

  RotationProbe probe;

  @BeforeEach
  void probe() {
    probe = new RotationProbe(context);
  }

  private Map<UUID, String> rows(TenantId tenant, int count) {
    Map<UUID, String> rows = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String secret = "secret-" + i;
      rows.put(probe.insert(tenant, secret, i % 3 == 0 ? null : "note-" + i), secret);
    }
    return rows;
  }

  @Test
  void reencryptsEveryValueUnderTheNewKeyThenRemovesTheOldKey() throws Exception {
    TenantId tenant = probe.newTenant();
    TenantId other = probe.newTenant();
    Map<UUID, String> rows = rows(tenant, 450);
    UUID othersRow = probe.insert(other, "theirs", "their note");
    byte[] othersBefore = probe.stored(other, othersRow, RotationProbe.SECRET);
    int oldKey = probe.keyIds(tenant).get(0);

    RotationJob job = probe.rotation.start(tenant);
    assertThat(job.rowsTotal()).isEqualTo(450 + 300);
    assertThat(probe.keyIds(tenant)).hasSize(2).contains(oldKey, job.primaryKeyId());
    List<RotationJob> reports = new ArrayList<>();
    RotationJob finished = probe.runner.run(job, reports::add);

    assertThat(finished.state()).isEqualTo(RotationJob.FINISHED);
    assertThat(finished.rowsDone()).isEqualTo(750);
    assertThat(finished.finishedAt()).isNotNull();
    for (Map.Entry<UUID, String> row : rows.entrySet()) {
      assertThat(KeysetEdits.madeBy(probe.stored(tenant, row.getKey(), RotationProbe.SECRET), job.primaryKeyId())).isTrue();
      assertThat(probe.read(tenant, row.getKey(), RotationProbe.SECRET)).isEqualTo(row.getValue());
    }
    assertThat(probe.keyIds(tenant)).containsExactly(job.primaryKeyId());
    assertThat(probe.auditActions(tenant))
        .containsSubsequence("crypto.data-key.rotation-started", "crypto.data-key.rotation-finished");
    assertThat(probe.stored(other, othersRow, RotationProbe.SECRET)).isEqualTo(othersBefore);
    assertThat(probe.read(other, othersRow, RotationProbe.SECRET)).isEqualTo("theirs");
  }

  @Test
  void aCrashedRotationResumesWhereItStoppedAndAStartedOneIsNotStartedTwice() throws Exception {
    TenantId tenant = probe.newTenant();
    Map<UUID, String> rows = rows(tenant, 300);
    RotationJob job = probe.rotation.start(tenant);
    assertThat(probe.rotation.start(tenant).id()).isEqualTo(job.id());

    // one batch, then the process "dies": the batch and its progress committed together
    assertThat(probe.batch.run(tenant, job.id())).isEqualTo(ReencryptionBatch.Outcome.PROGRESSED);
    RotationJob halfway = io.tillid.platform.TenantScope.call(tenant, () -> probe.jobs.find(tenant, job.id())).orElseThrow();
    assertThat(halfway.rowsDone()).isPositive().isLessThanOrEqualTo(ReencryptionBatch.SIZE).isLessThan(job.rowsTotal());
    assertThat(halfway.lastRowId()).isNotNull();
    assertThat(halfway.running()).isTrue();

    RotationJob finished = probe.runner.run(probe.rotation.start(tenant), report -> { });
    assertThat(finished.id()).isEqualTo(job.id());
    assertThat(finished.state()).isEqualTo(RotationJob.FINISHED);
    for (Map.Entry<UUID, String> row : rows.entrySet()) {
      assertThat(probe.read(tenant, row.getKey(), RotationProbe.SECRET)).isEqualTo(row.getValue());
    }
    assertThat(probe.keyIds(tenant)).containsExactly(job.primaryKeyId());
  }

  @Test
  void whileAnotherWorkerHoldsTheJobABatchStepsAside() throws Exception {
    TenantId tenant = probe.newTenant();
    rows(tenant, 5);
    RotationJob job = probe.rotation.start(tenant);
    try (Connection other = io.tillid.support.TestDatabase.connect()) {
      other.setAutoCommit(false);
      try (PreparedStatement lock = other.prepareStatement(
          "select id from crypto_rotation_job where tenant_id = ? and id = ? for update")) {
        lock.setObject(1, tenant.value());
        lock.setObject(2, job.id());
        lock.executeQuery().close();
      }
      assertThat(probe.batch.run(tenant, job.id())).isEqualTo(ReencryptionBatch.Outcome.BUSY);
      other.rollback();
    }
    assertThat(probe.runner.run(job, report -> { }).state()).isEqualTo(RotationJob.FINISHED);
  }
}
