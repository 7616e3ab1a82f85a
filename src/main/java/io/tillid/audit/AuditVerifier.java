package io.tillid.audit;

import io.tillid.platform.TenantId;
import java.util.List;

/** Checks the audit trail's hash chains, reading each chain page by page in sequence order. */
public interface AuditVerifier {

  /**
   * Verifies one tenant's chain against its entries' hashes, their links and the chain head, all
   * read from one consistent snapshot. A tenant without a chain verifies as intact with no entries.
   */
  ChainVerification verify(TenantId tenant);

  /** The tenants that have a chain (a head or any entry), ordered by id. */
  List<TenantId> chains();
}
