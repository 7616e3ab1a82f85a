package io.tillid.customers.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tillid.access.AttributeGrants;
import io.tillid.access.Grants;
import io.tillid.customers.internal.OwnershipGraph.Basis;
import io.tillid.customers.internal.OwnershipGraph.Holding;
import io.tillid.platform.TenantPrincipal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's direct owners and its beneficial owners, each with the chains that explain it. The
 * computation sees the whole structure; names are shown only of the customers the principal may
 * see (others appear by id alone, {@code name} null).
 */
@Component
class BeneficialOwners {

  private final VisibleCustomers visible;
  private final OwnershipRepository ownership;
  private final CustomerRepository customers;
  private final AttributeGrants grants;
  private final CustomersProperties properties;

  BeneficialOwners(VisibleCustomers visible, OwnershipRepository ownership, CustomerRepository customers,
      AttributeGrants grants, CustomersProperties properties) {
    this.visible = visible;
    this.ownership = ownership;
    this.customers = customers;
    this.grants = grants;
    this.properties = properties;
  }

  /** One holding in a chain: the owner holds {@code share} of the company. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Step(UUID ownerId, String ownerName, UUID companyId, String companyName, double share, Double votingShare) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Owner(UUID customerId, String name, String type, double share, Double votingShare,
      boolean controlByOtherMeans) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BeneficialOwner(UUID customerId, String name, double effectiveShare, String basis,
      double effectiveVotingShare, List<String> bases, List<List<Step>> paths) {}

  record Structure(List<Owner> owners, List<BeneficialOwner> beneficialOwners, double threshold) {}

  @Transactional(readOnly = true)
  Structure of(TenantPrincipal principal, UUID companyId) {
    StoredCustomer company = visible.load(principal, companyId);
    List<Holding> holdings = company.type() == CustomerType.COMPANY
        ? ownership.holdingsAbove(principal.tenantId(), companyId) : List.of();
    Set<UUID> ids = new HashSet<>();
    holdings.forEach(h -> {
      ids.add(h.owner());
      ids.add(h.company());
    });
    Map<UUID, StoredCustomer> involved = customers.byIds(principal.tenantId(), ids).stream()
        .collect(Collectors.toMap(StoredCustomer::id, Function.identity()));
    Grants granted = grants.of(principal);
    Function<UUID, String> name = id -> {
      StoredCustomer c = involved.get(id);
      return c != null && granted.permits(c.attributes()) ? c.name() : null;
    };
    Set<UUID> persons = involved.values().stream().filter(c -> c.type() == CustomerType.PERSON)
        .map(StoredCustomer::id).collect(Collectors.toSet());
    List<Owner> direct = holdings.stream().filter(h -> h.company().equals(companyId))
        .map(h -> new Owner(h.owner(), name.apply(h.owner()), involved.containsKey(h.owner())
            ? involved.get(h.owner()).type().value() : null, h.share(), h.votingShare(), h.controlByOtherMeans()))
        .toList();
    double threshold = properties.beneficialOwnerThreshold();
    List<BeneficialOwner> beneficial = new OwnershipGraph(holdings).beneficialOwners(companyId, persons, threshold)
        .stream().map(bo -> new BeneficialOwner(bo.person(), name.apply(bo.person()), bo.effectiveShare(),
            basis(bo.bases().iterator().next()), bo.effectiveVotingShare(),
            bo.bases().stream().map(BeneficialOwners::basis).toList(),
            bo.paths().stream().map(path -> path.stream().map(h -> new Step(h.owner(), name.apply(h.owner()),
                h.company(), name.apply(h.company()), h.share(), h.votingShare())).toList()).toList()))
        .toList();
    return new Structure(direct, beneficial, threshold);
  }

  private static String basis(Basis basis) {
    return basis.name().toLowerCase(Locale.ROOT);
  }
}
