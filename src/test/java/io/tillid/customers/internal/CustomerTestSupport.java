package io.tillid.customers.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.TenantScope;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Registers customers through the product's own use case, for tests in other packages. */
public final class CustomerTestSupport {

  private CustomerTestSupport() {}

  private record Principal(TenantId tenantId, String principalId) implements TenantPrincipal {}

  /**
   * A person registered by {@code userId} (who must hold grants for business unit {@code general}
   * and jurisdiction DK).
   */
  public static UUID registerPerson(ApplicationContext context, UUID tenant, UUID userId, String name,
      String nationalId) {
    CustomerRegistration registration = context.getBean(CustomerRegistration.class);
    TenantId id = new TenantId(tenant);
    CustomerInput input = new CustomerInput("person", name, "1980-02-29", "DK", "DK", nationalId,
        "Vestergade 2, 8000 Aarhus", null, null, null, null, null, null, null, null, null, null);
    return TenantScope.call(id, () -> registration.register(new Principal(id, "user:" + userId),
        input.validate(LocalDate.now())));
  }
}
