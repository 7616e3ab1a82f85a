package io.tillid.crypto;

import io.tillid.platform.TenantId;

/**
 * Keyed look-up values for encrypted fields: HMAC-SHA256 under a per-tenant key (wrapped by the
 * master key like the data keys), so an exact search by national id or registration number works
 * without decrypting, and equal values in two tenants give unrelated indexes.
 */
public interface BlindIndex {

  /**
   * The index of {@code normalizedValue} for the purpose (such as {@code national_id}); callers
   * normalise first (case, spaces, punctuation), because only equal inputs give equal indexes.
   */
  byte[] of(TenantId tenant, String purpose, String normalizedValue);
}
