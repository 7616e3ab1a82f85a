package io.tillid.crypto.internal;

import io.tillid.platform.SafeLog;
import io.tillid.platform.TenantScope;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Serving nodes carry on unfinished rotations in the background: one started with
 * {@code keys rotate --background}, or one whose command or node stopped half-way. Several nodes
 * may try the same job; the job row's lock ({@code for update skip locked}) lets one batch run at
 * a time. One-shot commands do not run it.
 */
@Configuration
@EnableScheduling
class RotationWorker {

  private static final Logger LOG = LoggerFactory.getLogger(RotationWorker.class);

  private final RotationJobRepository jobs;
  private final RotationRunner runner;
  private final boolean oneShot;

  RotationWorker(RotationJobRepository jobs, RotationRunner runner, @Value("${tillid.cli:false}") boolean oneShot) {
    this.jobs = jobs;
    this.runner = runner;
    this.oneShot = oneShot;
  }

  @Scheduled(initialDelay = 30, fixedDelay = 30, timeUnit = TimeUnit.SECONDS)
  void carryOn() {
    if (oneShot) {
      return;
    }
    List<RotationJob> running = TenantScope.system("key rotation: find unfinished rotations", jobs::allRunning);
    for (RotationJob job : running) {
      if (job.startedAt().plus(runner.settle()).isAfter(java.time.Instant.now())) {
        continue; // not every node may have the new key yet: the next round takes it
      }
      try {
        runner.run(job, java.time.Duration.ZERO, progress -> { });
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.atError().setMessage("key rotation failed; it resumes on the next round")
            .addKeyValue("tenant", job.tenant()).addKeyValue("rotation", job.id())
            .addKeyValue("error", SafeLog.describe(e)).log();
      }
    }
  }
}
