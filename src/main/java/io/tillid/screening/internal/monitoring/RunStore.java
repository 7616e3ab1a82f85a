package io.tillid.screening.internal.monitoring;

import io.tillid.platform.TenantId;
import java.util.List;

/** Where rescreen runs are recorded (the persistence adapter implements it). */
public interface RunStore {

  void start(TenantId tenant, Run run);

  /** Writes the run's progress (done, hits raised and closed, finished). */
  void update(TenantId tenant, Run run);

  /** The tenant's latest runs, newest first. */
  List<Run> recent(TenantId tenant, int limit);
}
