package io.tillid.customers.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.support.TestPrincipal;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/** Registers customers through the product's own use case, for tests in other packages. */
public final class CustomerTestSupport {

  private CustomerTestSupport() {}


  /**
   * A person registered by {@code userId} (who must hold grants for business unit {@code general}
   * and jurisdiction DK).
   */
  public static UUID registerPerson(ApplicationContext context, UUID tenant, UUID userId, String name,
      String nationalId) {
    CustomerRegistration registration = context.getBean(CustomerRegistration.class);
    TenantId id = new TenantId(tenant);
    CustomerInput input = new CustomerInput("person", name, "1980-02-29", "DK", "DK", nationalId,
        "Vestergade 2, 8000 Aarhus", null, null, null, null, null, null, null, null, null, null, null, null);
    return TenantScope.call(id, () -> registration.register(new TestPrincipal(id, "user:" + userId),
        input.validate(LocalDate.now())));
  }

  /** A Danish company registered by {@code userId}. */
  public static UUID registerCompany(ApplicationContext context, UUID tenant, UUID userId, String name,
      String registrationNumber) {
    CustomerRegistration registration = context.getBean(CustomerRegistration.class);
    TenantId id = new TenantId(tenant);
    CustomerInput input = new CustomerInput("company", name, null, null, null, null, "Havnegade 1, 1058 København K",
        null, null, null, registrationNumber, "DK", "64.19", "A/S", null, null, null, null, null);
    return TenantScope.call(id, () -> registration.register(new TestPrincipal(id, "user:" + userId),
        input.validate(LocalDate.now())));
  }

  /** Records that {@code owner} holds {@code share} (a fraction) of {@code company}. */
  public static void holds(ApplicationContext context, UUID tenant, UUID userId, UUID owner, UUID company,
      String share) {
    OwnershipRegistration ownership = context.getBean(OwnershipRegistration.class);
    TenantId id = new TenantId(tenant);
    TenantScope.run(id, () -> ownership.add(new TestPrincipal(id, "user:" + userId), company,
        new OwnerInput(owner.toString(), new java.math.BigDecimal(share), null, false)));
  }
}
