package io.tillid.identity.internal;

import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Tenants from the tenant table, with the platform realm under its reserved slug. */
@Component
class JdbcTenantDirectory implements TenantDirectory {

  private final TenantRepository tenants;

  JdbcTenantDirectory(TenantRepository tenants) {
    this.tenants = tenants;
  }

  @Override
  public Optional<TenantRef> findBySlug(String slug) {
    if (TenantRef.PLATFORM.slug().equals(slug)) {
      return Optional.of(TenantRef.PLATFORM);
    }
    return tenants.findBySlug(slug).map(JdbcTenantDirectory::ref);
  }

  @Override
  public Optional<TenantRef> findById(TenantId id) {
    if (id.isPlatform()) {
      return Optional.of(TenantRef.PLATFORM);
    }
    return tenants.findById(id).map(JdbcTenantDirectory::ref);
  }

  @Override
  public List<TenantRef> all() {
    List<TenantRef> all = new ArrayList<>();
    all.add(TenantRef.PLATFORM);
    tenants.all().forEach(tenant -> all.add(ref(tenant)));
    return List.copyOf(all);
  }

  private static TenantRef ref(TenantRow tenant) {
    return new TenantRef(tenant.id(), tenant.slug());
  }
}
