package io.tillid.screening;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What screening needs to know of customers, implemented by the customers module (which depends on
 * screening, not the other way round): the monitored customers for rescreens, and which customers a
 * principal may see for alert lists.
 */
public interface ScreeningSubjects {

  /**
   * A batch of the tenant's monitored customers (business relationship not ended), ordered by id,
   * those with an id after {@code after} (null: from the first), at most {@code limit}. Called in the
   * tenant's scope.
   */
  List<ScreeningSubject> monitored(TenantId tenant, UUID after, int limit);

  /** How many customers of the tenant are monitored. */
  int countMonitored(TenantId tenant);

  /** The names of those of the customers the principal may see (the others are absent). */
  Map<UUID, String> visibleNames(TenantPrincipal principal, Collection<UUID> customerIds);
}
