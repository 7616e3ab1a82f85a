package io.tillid.audit.internal;

import io.tillid.audit.AuditVerifier;
import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantRef;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names tenants by slug for the command line. Works without a {@link TenantDirectory} too: then
 * only the platform is known by slug, other tenants by their id.
 */
final class TenantNames {

  private static final Pattern UUID_SHAPE = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final TenantDirectory directory;
  private final AuditVerifier verifier;

  TenantNames(TenantDirectory directory, AuditVerifier verifier) {
    this.directory = directory;
    this.verifier = verifier;
  }

  /** The tenant a slug, or a tenant id, stands for, if it is a tenant or has a chain. */
  Optional<TenantId> resolve(String slugOrId) {
    if (TenantRef.PLATFORM.slug().equals(slugOrId)) {
      return Optional.of(TenantId.PLATFORM);
    }
    Optional<TenantId> bySlug = directory == null ? Optional.empty()
        : directory.findBySlug(slugOrId).map(TenantRef::id);
    if (bySlug.isPresent() || !UUID_SHAPE.matcher(slugOrId).matches()) {
      return bySlug;
    }
    TenantId id = TenantId.of(slugOrId);
    boolean known = directory != null && directory.findById(id).isPresent();
    return known || verifier.chains().contains(id) ? Optional.of(id) : Optional.empty();
  }

  /** The tenant's slug, or its id when no directory knows it. */
  String nameOf(TenantId tenant) {
    if (tenant.isPlatform()) {
      return TenantRef.PLATFORM.slug();
    }
    return Optional.ofNullable(directory).flatMap(found -> found.findById(tenant))
        .map(TenantRef::slug).orElseGet(tenant::toString);
  }
}
