package io.tillid.crypto.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs a rotation's walk to its end, batch after batch, reporting progress. It first waits until
 * every node has had time to load the rotated keyset ({@code tillid.crypto.rotation-settle},
 * longer than the keyset cache's lifetime), so nothing encrypted under the old primary is written
 * behind the walk. When another worker holds the job, it waits for that one.
 */
@Component
class RotationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RotationRunner.class);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

  private final ReencryptionBatch batch;
  private final RotationJobRepository jobs;
  private final Duration settle;

  RotationRunner(ReencryptionBatch batch, RotationJobRepository jobs,
      @Value("${tillid.crypto.rotation-settle:PT65S}") Duration settle) {
    this.batch = batch;
    this.jobs = jobs;
    this.settle = settle;
  }

  Duration settle() {
    return settle;
  }

  /** Runs the job with the configured settling time. */
  RotationJob run(RotationJob job, Consumer<RotationJob> progress) throws InterruptedException {
    return run(job, settle, progress);
  }

  RotationJob run(RotationJob job, Duration settleTime, Consumer<RotationJob> progress) throws InterruptedException {
    Duration wait = Duration.between(Instant.now(), job.startedAt().plus(settleTime));
    if (!wait.isNegative()) {
      Thread.sleep(wait.toMillis());
    }
    Instant lastReport = Instant.EPOCH;
    TenantId tenant = job.tenant();
    UUID id = job.id();
    while (true) {
      ReencryptionBatch.Outcome outcome = batch.run(tenant, id);
      RotationJob now = current(tenant, id);
      if (outcome == ReencryptionBatch.Outcome.FINISHED || !now.running()) {
        LOG.atInfo().setMessage("key rotation finished").addKeyValue("tenant", tenant).addKeyValue("rotation", id)
            .addKeyValue("rowsDone", now.rowsDone()).addKeyValue("rowsTotal", now.rowsTotal()).log();
        progress.accept(now);
        return now;
      }
      if (Instant.now().isAfter(lastReport.plus(PROGRESS_EVERY))) {
        lastReport = Instant.now();
        LOG.atInfo().setMessage("key rotation progress").addKeyValue("tenant", tenant).addKeyValue("rotation", id)
            .addKeyValue("rowsDone", now.rowsDone()).addKeyValue("rowsTotal", now.rowsTotal()).log();
        progress.accept(now);
      }
      if (outcome == ReencryptionBatch.Outcome.BUSY) {
        Thread.sleep(1000);
      }
    }
  }

  private RotationJob current(TenantId tenant, UUID id) {
    return TenantScope.call(tenant, () -> jobs.find(tenant, id).orElseThrow());
  }
}
