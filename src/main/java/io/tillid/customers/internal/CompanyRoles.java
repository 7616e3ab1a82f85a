package io.tillid.customers.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tillid.access.AttributeGrants;
import io.tillid.access.Grants;
import io.tillid.platform.TenantPrincipal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roles linked to a company (management, beneficial owners and owners a registry named, GLEIF
 * parents), with the member's name where the principal may see the member.
 */
@Component
class CompanyRoles {

  /** One role; {@code name} and {@code type} are null when the member is outside the grants. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Role(UUID customerId, String name, String type, String role, String source, String detail) {}

  private final VisibleCustomers visible;
  private final CustomerRoleRepository roles;
  private final CustomerRepository customers;
  private final AttributeGrants grants;

  CompanyRoles(VisibleCustomers visible, CustomerRoleRepository roles, CustomerRepository customers,
      AttributeGrants grants) {
    this.visible = visible;
    this.roles = roles;
    this.customers = customers;
    this.grants = grants;
  }

  @Transactional(readOnly = true)
  List<Role> of(TenantPrincipal principal, UUID companyId) {
    visible.load(principal, companyId);
    List<CustomerRoleRepository.StoredRole> stored = roles.ofCompany(principal.tenantId(), companyId);
    Grants granted = grants.of(principal);
    Map<UUID, StoredCustomer> members = customers.byIds(principal.tenantId(),
            stored.stream().map(CustomerRoleRepository.StoredRole::member).distinct().toList()).stream()
        .filter(c -> granted.permits(c.attributes()))
        .collect(Collectors.toMap(StoredCustomer::id, Function.identity()));
    return stored.stream().map(r -> {
      StoredCustomer member = members.get(r.member());
      return new Role(r.member(), member == null ? null : member.name(), member == null ? null : member.type().value(),
          r.role(), r.source(), r.detail());
    }).toList();
  }
}
