package io.tillid.audit;

/** Appends entries to a tenant's hash chain. */
public interface AuditTrail {

  /**
   * Appends the event to its tenant's chain inside the caller's transaction, which must exist:
   * the entry commits or rolls back with the change it records.
   *
   * @return the entry's sequence number in its chain
   */
  long record(AuditEvent event);
}
