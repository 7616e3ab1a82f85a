package io.tillid.webhooks;

import io.tillid.platform.TenantId;
import java.util.List;
import java.util.Map;

/**
 * Raises an event for a tenant's webhook subscribers: one delivery per subscription to the event
 * type is written to the outbox in the caller's transaction (so it commits or rolls back with the
 * change it reports) and sent after the commit. Call it in the tenant's scope, inside the
 * transaction of the change.
 *
 * <p>The data is the event's JSON {@code data} object: ids, states and dates, never personal data
 * (names, birth dates, national ids, addresses).
 */
public interface WebhookEvents {

  /** A KYC case was opened or changed state: {@code caseId}, {@code customerId}, {@code status}, {@code action}. */
  String CASE_STATUS_CHANGED = "case.status_changed";

  /** A customer's periodic review fell due: {@code customerId}, {@code dueOn}. */
  String REVIEW_DUE = "review.due";

  /** Screening raised a possible match on a customer: ids and the score, never the names. */
  String SCREENING_HIT = "screening.hit";

  /** The event types a subscription may choose. */
  List<String> TYPES = List.of(CASE_STATUS_CHANGED, REVIEW_DUE, SCREENING_HIT);

  /**
   * Writes a delivery of the event to each of the tenant's subscriptions to {@code eventType};
   * returns how many.
   *
   * @param eventType one of {@link #TYPES}
   * @param data the event's data: string, number, boolean and null values, lists and maps of them
   */
  int raise(TenantId tenant, String eventType, Map<String, ?> data);
}
