package io.tillid.access.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Makes a tenant-defined role through the product's own use case, for tests in other packages. */
public final class RoleTestSupport {

  private RoleTestSupport() {}

  public static UUID createRole(ApplicationContext context, UUID tenant, String name, List<String> permissions) {
    RoleCreation creation = context.getBean(RoleCreation.class);
    TenantId id = new TenantId(tenant);
    return TenantScope.call(id, () -> creation.create(id, RoleInput.of(name, permissions), "user:test")).id();
  }
}
