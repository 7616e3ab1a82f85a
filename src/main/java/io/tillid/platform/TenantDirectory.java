package io.tillid.platform;

import java.util.List;
import java.util.Optional;

/**
 * Looks tenants up by slug or id. Implemented by the identity module, which owns tenants; declared
 * here so that modules below identity (audit, for one) can name tenants without depending on it.
 */
public interface TenantDirectory {

  Optional<TenantRef> findBySlug(String slug);

  Optional<TenantRef> findById(TenantId id);

  /** Every tenant, ordered by slug, including the platform realm first. */
  List<TenantRef> all();
}
