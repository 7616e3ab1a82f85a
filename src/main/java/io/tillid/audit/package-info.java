/**
 * The audit trail: an append-only, hash-chained record of every change, one chain per tenant,
 * written in the same transaction as the change it records, and its verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package io.tillid.audit;
