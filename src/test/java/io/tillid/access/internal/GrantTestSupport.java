package io.tillid.access.internal;

import io.tillid.access.Grants;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Gives a user attribute grants through the product's own use case, for tests in other packages. */
public final class GrantTestSupport {

  private GrantTestSupport() {}

  public static void give(ApplicationContext context, UUID tenant, UUID userId, Set<String> businessUnits,
      Set<String> sensitivities, Set<String> jurisdictions) {
    GrantChange change = context.getBean(GrantChange.class);
    TenantId id = new TenantId(tenant);
    TenantScope.run(id, () -> change.set(id, GrantHolder.USER, userId, new Grants(businessUnits, sensitivities, jurisdictions),
        "user:test"));
  }

  /** Every value in every dimension. */
  public static void giveAll(ApplicationContext context, UUID tenant, UUID userId) {
    give(context, tenant, userId, Set.of("*"), Set.of("*"), Set.of("*"));
  }
}
