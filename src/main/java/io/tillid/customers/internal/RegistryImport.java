package io.tillid.customers.internal;

import io.tillid.access.DatasetAttributes;
import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.customers.internal.RegistryParties.Party;
import io.tillid.customers.internal.RegistryParties.Resolved;
import io.tillid.customers.internal.registry.RegistryCompany;
import io.tillid.customers.internal.registry.RegistryFailure;
import io.tillid.customers.internal.registry.RegistryOwner;
import io.tillid.customers.internal.registry.RegistryPerson;
import io.tillid.customers.internal.registry.RegistryRoles;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.TenantPrincipal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a registry said about a company, in one transaction: the company (found by its
 * registration number, or registered), its owners as customers with their holdings (owners the
 * registry gives no share for are linked by a role instead), its management and the beneficial
 * owners the registry names as roles. Everything goes through the same use cases as by hand, so
 * grants, encryption, the 100% ceiling and the audit trail apply.
 */
@Component
class RegistryImport {

  private final RegistryParties parties;
  private final CustomerRegistration registration;
  private final VisibleCustomers visible;
  private final OwnershipRegistration ownership;
  private final OwnershipRepository holdings;
  private final CustomerRoleRepository roles;
  private final AuditTrail audit;
  private final CustomerRiskAssessment risk;
  private final CustomerChecks checks;

  RegistryImport(RegistryParties parties, CustomerRegistration registration, VisibleCustomers visible,
      OwnershipRegistration ownership, OwnershipRepository holdings, CustomerRoleRepository roles, AuditTrail audit,
      CustomerRiskAssessment risk, CustomerChecks checks) {
    this.risk = risk;
    this.checks = checks;
    this.parties = parties;
    this.registration = registration;
    this.visible = visible;
    this.ownership = ownership;
    this.holdings = holdings;
    this.roles = roles;
    this.audit = audit;
  }

  @Transactional
  LookupResult apply(TenantPrincipal principal, RegistryCompany found, RegistryLookupRequest request) {
    Optional<UUID> existing = parties.company(principal, found.registrationNumber(), found.country());
    UUID companyId = existing.orElseGet(() -> register(principal, found, request));
    StoredCustomer company = visible.load(principal, companyId);
    Run run = new Run(principal, companyId, company.attributes(), found.registry(), linked(principal, companyId));
    roles.forgetSource(principal.tenantId(), companyId, found.registry());
    for (RegistryOwner owner : found.owners()) {
      run.owner(owner);
    }
    for (RegistryPerson member : found.management()) {
      run.member(member);
    }
    // the roles are the company's linked persons: its risk (and that of the companies it owns) follows
    risk.reassess(principal.tenantId(), companyId);
    checks.reassessLinked(principal.tenantId(), companyId);
    audit.record(new AuditEvent(principal.tenantId(), principal.principalId(), "customer.registry.imported",
        "customer", companyId.toString(), Map.of("registry", found.registry(),
            "companyCreated", Boolean.toString(existing.isEmpty()), "customersCreated",
            Integer.toString(run.created.size()), "holdings", Integer.toString(run.holdingCount),
            "roles", Integer.toString(run.roleCount), "skipped", Integer.toString(run.skipped))));
    return new LookupResult(companyId, found.registry(), found.registrationNumber(), existing.isEmpty(),
        List.copyOf(run.created), run.holdingCount, run.roleCount, run.skipped);
  }

  private UUID register(TenantPrincipal principal, RegistryCompany found, RegistryLookupRequest request) {
    NewCustomer company;
    try {
      company = new CustomerInput("company", found.name(), null, null, null, null, found.address(), null, null, null,
          found.registrationNumber(), found.country(), found.industryCode(), found.legalForm(), request.businessUnit(),
          request.sensitivity(), request.jurisdiction(), null, null).validate(LocalDate.now(ZoneOffset.UTC));
    } catch (InvalidFieldException e) {
      if (List.of("businessUnit", "sensitivity", "jurisdiction").contains(e.field())) {
        throw e;
      }
      throw new RegistryFailure(found.registry(), RegistryFailure.Reason.UNEXPECTED_RESPONSE, e);
    }
    return registration.register(principal, company);
  }

  private Map<String, UUID> linked(TenantPrincipal principal, UUID companyId) {
    List<UUID> members = new ArrayList<>();
    holdings.ownersOf(principal.tenantId(), companyId).forEach(h -> members.add(h.owner()));
    roles.ofCompany(principal.tenantId(), companyId).forEach(r -> members.add(r.member()));
    return parties.linked(principal, members);
  }

  /** One import's state: the parties resolved so far (by the registry's key) and the counts. */
  private final class Run {

    private final TenantPrincipal principal;
    private final UUID companyId;
    private final DatasetAttributes attributes;
    private final String source;
    private final Map<String, UUID> linked;
    private final Map<String, Optional<UUID>> byKey = new HashMap<>();
    private final List<LookupResult.Created> created = new ArrayList<>();
    private int holdingCount;
    private int roleCount;
    private int skipped;

    Run(TenantPrincipal principal, UUID companyId, DatasetAttributes attributes, String source,
        Map<String, UUID> linked) {
      this.principal = principal;
      this.companyId = companyId;
      this.attributes = attributes;
      this.source = source;
      this.linked = linked;
    }

    void owner(RegistryOwner owner) {
      Optional<UUID> id = resolve(new Party(owner.key(), owner.name(), owner.kind(), owner.registrationNumber(),
          owner.country(), owner.birthDate(), owner.nationality(), owner.countryOfResidence()));
      if (id.isEmpty()) {
        return;
      }
      if (owner.share() != null) {
        ownership.add(principal, companyId, new OwnerInput(id.get().toString(), owner.share(), owner.votingShare(),
            false));
        holdingCount++;
      }
      // an owner without a share is linked by its relation, unless the registry names it a beneficial
      // owner (CVR lists beneficial owners whose holdings are indirect): that role says it already
      if (owner.share() == null && !owner.beneficialOwner() || owner.shareBand() != null) {
        role(id.get(), owner.relation(), owner.shareBand());
      }
      if (owner.beneficialOwner()) {
        role(id.get(), RegistryRoles.BENEFICIAL_OWNER, null);
      }
    }

    void member(RegistryPerson member) {
      resolve(new Party(member.key(), member.name(), member.kind(), member.registrationNumber(), member.country(),
          member.birthDate(), member.nationality(), member.countryOfResidence()))
          .ifPresent(id -> role(id, member.role(), null));
    }

    private void role(UUID member, String role, String detail) {
      if (roles.add(principal.tenantId(), companyId, member, role, source, detail, principal.principalId())) {
        roleCount++;
      }
    }

    private Optional<UUID> resolve(Party party) {
      if (party.key() != null && byKey.containsKey(party.key())) {
        return byKey.get(party.key());
      }
      Optional<Resolved> resolved = parties.resolve(principal, party, linked, attributes)
          .filter(r -> !r.id().equals(companyId));
      resolved.filter(Resolved::created).ifPresent(r -> created.add(new LookupResult.Created(r.id(),
          party.kind() == RegistryOwner.Kind.PERSON ? "person" : "company", party.name())));
      if (resolved.isEmpty()) {
        skipped++;
      }
      Optional<UUID> id = resolved.map(Resolved::id);
      if (party.key() != null) {
        byKey.put(party.key(), id);
      }
      return id;
    }
  }
}
