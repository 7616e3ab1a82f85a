package io.tillid.screening;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.util.List;
import java.util.UUID;

/**
 * Screening of customers: their hits against the current lists, and the analysts' dispositions of
 * those hits. The caller checks that the principal may see the customer.
 */
public interface CustomerScreening {

  /**
   * Screens the customer against every current list with the tenant's threshold, in the caller's
   * transaction: new matches become open hits ({@link ScreeningHitRaised}), open hits that no longer
   * match are closed, false positives stay suppressed until their listed entry changes. Audited.
   *
   * @param actor who caused it ({@code user:UUID}, {@code client:ID}, {@code system:monitoring})
   */
  HitCounts screen(TenantId tenant, String actor, ScreeningSubject subject);

  /** What the customer's hits amount to, for its risk assessment. */
  HitCounts counts(TenantId tenant, UUID customerId);

  /** The customer's hits, newest first, each with its dispositions. */
  List<CustomerHit> hits(TenantId tenant, UUID customerId);

  /**
   * Records an analyst's disposition of one of the customer's hits: {@code true_match},
   * {@code false_positive} or {@code escalate}, with a reason. Audited.
   *
   * @throws io.tillid.platform.ObjectNotFound when the hit is not the customer's
   * @throws io.tillid.platform.InvalidFieldException for a bad decision or reason, or a closed hit
   */
  CustomerHit decide(TenantPrincipal principal, UUID customerId, UUID hitId, String decision, String reason);

  /**
   * Hit counts for the risk model.
   *
   * @param open hits not reviewed yet, or escalated
   * @param confirmed hits confirmed as true matches on a sanctions or watch list
   * @param confirmedPep hits confirmed as true matches on a PEP list
   */
  record HitCounts(int open, int confirmed, int confirmedPep) {

    public static final HitCounts NONE = new HitCounts(0, 0, 0);
  }
}
