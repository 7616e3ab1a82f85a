package io.tillid.screening.internal.hits;

import io.tillid.platform.TenantId;
import io.tillid.screening.CustomerHit;
import io.tillid.screening.CustomerScreening.HitCounts;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where hits and their dispositions are kept (the persistence adapter implements it). */
public interface HitStore {

  /** Every hit of the customer, newest first. */
  List<StoredHit> ofCustomer(TenantId tenant, UUID customerId);

  Optional<StoredHit> find(TenantId tenant, UUID customerId, UUID hitId);

  void insert(TenantId tenant, StoredHit hit);

  /** Writes the hit's fingerprint, matched name, score, explanation, status, reason and time. */
  void update(TenantId tenant, StoredHit hit);

  void addDisposition(TenantId tenant, UUID hitId, UUID dispositionId, CustomerHit.Disposition disposition);

  /** The dispositions of these hits, oldest first, by hit. */
  Map<UUID, List<CustomerHit.Disposition>> dispositions(TenantId tenant, Collection<UUID> hitIds);

  /** Open and escalated hits on these entries of a list, of every customer of the tenant. */
  List<StoredHit> pendingOnEntries(TenantId tenant, String list, Collection<String> entityIds);

  /** Open and escalated hits of the tenant, newest first, at most {@code limit}, after {@code after} if given. */
  List<StoredHit> pending(TenantId tenant, io.tillid.platform.PageCursor after, int limit);

  HitCounts counts(TenantId tenant, UUID customerId);
}
