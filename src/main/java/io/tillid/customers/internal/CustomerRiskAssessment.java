package io.tillid.customers.internal;

import io.tillid.customers.internal.OwnershipGraph.Holding;
import io.tillid.customers.internal.registry.RegistryRoles;
import io.tillid.platform.TenantId;
import io.tillid.risk.RiskAssessment;
import io.tillid.risk.RiskAssessments;
import io.tillid.risk.RiskInputs;
import io.tillid.risk.RiskInputs.Country;
import io.tillid.risk.RiskInputs.CountryRole;
import io.tillid.risk.RiskInputs.LinkRole;
import io.tillid.risk.RiskInputs.LinkedPerson;
import io.tillid.risk.RiskLevel;
import io.tillid.screening.CustomerScreening;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Re-assesses a customer's risk from what is stored about it now: called in the transaction of
 * every change that feeds the risk model (registration, a new holding), so the assessment and the
 * change commit together. Unchanged inputs store nothing new (the risk module is idempotent).
 *
 * <p>The product grading and onboarding channel are the customer's own fields. Screening hits count as the screening module reports them. A company's
 * linked persons (see {@link #linkedPersons}) are read with their own hits, PEP status and risk level.
 */
@Component
class CustomerRiskAssessment {

  private final CustomerRepository customers;
  private final OwnershipRepository ownership;
  private final RiskAssessments risk;
  private final CustomerScreening screening;
  private final CustomerRoleRepository roles;
  private final CustomersProperties properties;

  CustomerRiskAssessment(CustomerRepository customers, OwnershipRepository ownership, RiskAssessments risk,
      CustomerScreening screening, CustomerRoleRepository roles, CustomersProperties properties) {
    this.screening = screening;
    this.roles = roles;
    this.properties = properties;
    this.customers = customers;
    this.ownership = ownership;
    this.risk = risk;
  }

  RiskAssessment reassess(TenantId tenant, UUID customerId) {
    StoredCustomer customer = customers.find(tenant, customerId).orElseThrow(CustomerNotFound::new);
    List<Country> countries = new ArrayList<>();
    add(countries, CountryRole.RESIDENCE, customer.countryOfResidence());
    add(countries, CountryRole.NATIONALITY, customer.nationality());
    add(countries, CountryRole.REGISTRATION, customer.country());
    int layers = 0;
    int foreign = 0;
    List<LinkedPerson> linked = List.of();
    if (customer.type() == CustomerType.COMPANY) {
      List<Holding> holdings = ownership.holdingsAbove(tenant, customerId);
      linked = linkedPersons(tenant, customerId, holdings);
      layers = layers(customerId, holdings);
      Set<UUID> owners = new HashSet<>();
      holdings.forEach(h -> owners.add(h.owner()));
      for (StoredCustomer owner : customers.byIds(tenant, owners)) {
        String home = owner.type() == CustomerType.PERSON ? owner.countryOfResidence() : owner.country();
        add(countries, CountryRole.OWNER, home);
        if (home != null && !home.equals(customer.country())) {
          foreign++;
        }
      }
    }
    CustomerScreening.HitCounts hits = screening.counts(tenant, customerId);
    RiskInputs inputs = new RiskInputs(customerId, customer.type() == CustomerType.PERSON
        ? RiskInputs.CustomerType.PERSON : RiskInputs.CustomerType.COMPANY, countries, nace(customer.industryCode()),
        Boolean.TRUE.equals(customer.pepSelfDeclared()), new RiskInputs.Screening(hits.open(),
        hits.confirmed(), hits.confirmedPep()), product(customer.product()),
        channel(customer.channel()), layers, foreign, linked);
    RiskAssessment assessment = risk.assessAndStore(tenant, inputs);
    customers.setNextReviewDue(tenant, customerId, assessment.nextReviewDue());
    return assessment;
  }

  /**
   * The persons linked to the company, each once by its closest link: those holding a share above it
   * (beneficial owners above the threshold, through chains; owners below it) and those a registry
   * named in a role (beneficial owner, owner or management). Companies in the chain count through
   * their own persons; parents named by GLEIF are companies and not linked persons.
   */
  List<LinkedPerson> linkedPersons(TenantId tenant, UUID companyId) {
    return linkedPersons(tenant, companyId, ownership.holdingsAbove(tenant, companyId));
  }

  private List<LinkedPerson> linkedPersons(TenantId tenant, UUID companyId, List<Holding> holdings) {
    Map<UUID, LinkRole> links = new HashMap<>();
    holdings.forEach(h -> links.put(h.owner(), LinkRole.OWNER));
    for (CustomerRoleRepository.StoredRole role : roles.ofCompany(tenant, companyId)) {
      LinkRole link = switch (role.role()) {
        case RegistryRoles.BENEFICIAL_OWNER -> LinkRole.BENEFICIAL_OWNER;
        case RegistryRoles.OWNER, RegistryRoles.DIRECT_PARENT, RegistryRoles.ULTIMATE_PARENT -> LinkRole.OWNER;
        default -> LinkRole.MANAGEMENT;
      };
      links.merge(role.member(), link, CustomerRiskAssessment::closer);
    }
    links.remove(companyId);
    Map<UUID, StoredCustomer> persons = new HashMap<>();
    customers.byIds(tenant, links.keySet()).stream().filter(c -> c.type() == CustomerType.PERSON)
        .forEach(c -> persons.put(c.id(), c));
    try {
      new OwnershipGraph(holdings).beneficialOwners(companyId, persons.keySet(), properties.beneficialOwnerThreshold())
          .forEach(bo -> links.put(bo.person(), LinkRole.BENEFICIAL_OWNER));
    } catch (OwnershipGraph.OwnershipTooComplex e) {
      // too deep or too many chains to tell who is a beneficial owner: every person in the structure still
      // counts (as an owner; a finding weighs the same whatever the role), and the change is not refused
    }
    List<LinkedPerson> linked = new ArrayList<>();
    for (StoredCustomer person : persons.values().stream().sorted(Comparator.comparing(
        (StoredCustomer p) -> links.get(p.id()).ordinal()).thenComparing(StoredCustomer::id)).toList()) {
      CustomerScreening.HitCounts hits = screening.counts(tenant, person.id());
      RiskLevel level = risk.latest(tenant, person.id()).map(RiskAssessment::level).orElse(null);
      linked.add(new LinkedPerson(person.id(), links.get(person.id()),
          Boolean.TRUE.equals(person.pepSelfDeclared()) || hits.confirmedPep() > 0, hits.open(), hits.confirmed(),
          level));
    }
    return linked;
  }

  private static LinkRole closer(LinkRole a, LinkRole b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  private static void add(List<Country> countries, CountryRole role, String code) {
    if (code != null && countries.stream().noneMatch(c -> c.role() == role && c.code().equals(code))) {
      countries.add(new Country(role, code));
    }
  }

  /** The longest chain of holdings above the company (1: owned directly by its owners). */
  private static int layers(UUID company, List<Holding> holdings) {
    Map<UUID, List<Holding>> ownersOf = new HashMap<>();
    holdings.forEach(h -> ownersOf.computeIfAbsent(h.company(), key -> new ArrayList<>()).add(h));
    return depth(company, ownersOf, new HashSet<>());
  }

  private static int depth(UUID node, Map<UUID, List<Holding>> ownersOf, Set<UUID> onPath) {
    int deepest = 0;
    onPath.add(node);
    for (Holding holding : ownersOf.getOrDefault(node, List.of())) {
      if (!onPath.contains(holding.owner())) {
        deepest = Math.max(deepest, 1 + depth(holding.owner(), ownersOf, onPath));
      }
    }
    onPath.remove(node);
    return deepest;
  }

  /** The stored product grading as the model's input (the default, standard, when not recorded). */
  static RiskInputs.Product product(String stored) {
    return stored == null ? RiskInputs.Product.STANDARD
        : RiskInputs.Product.valueOf(stored.toUpperCase(java.util.Locale.ROOT));
  }

  /** The stored onboarding channel as the model's input (the default, in person, when not recorded). */
  static RiskInputs.Channel channel(String stored) {
    return stored == null ? RiskInputs.Channel.IN_PERSON
        : RiskInputs.Channel.valueOf(stored.toUpperCase(java.util.Locale.ROOT));
  }

  /** The NACE division or class the risk model reads: DB07 six-digit codes become {@code dd.dd}. */
  static String nace(String industryCode) {
    if (industryCode == null || industryCode.length() == 1) {
      return null; // a section letter says too little to grade
    }
    return industryCode.length() == 6 ? industryCode.substring(0, 2) + "." + industryCode.substring(2, 4) : industryCode;
  }
}
