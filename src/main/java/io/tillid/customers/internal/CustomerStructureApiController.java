package io.tillid.customers.internal;

import io.tillid.platform.ObjectNotFound;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import io.tillid.risk.RiskAssessmentJson;
import io.tillid.risk.RiskAssessments;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers/{id}/...}: a company's owners, beneficial owners and linked persons, and the end of the
 * business relationship (which starts the retention period).
 */
@RestController
@RequestMapping("/api/v1/customers/{id}")
class CustomerStructureApiController {

  private final OwnershipRegistration ownership;
  private final BeneficialOwners beneficialOwners;
  private final RelationshipEnd relationshipEnd;
  private final VisibleCustomers visible;
  private final RiskAssessments risk;
  private final LinkedPersons linkedPersons;

  CustomerStructureApiController(OwnershipRegistration ownership, BeneficialOwners beneficialOwners,
      RelationshipEnd relationshipEnd, VisibleCustomers visible, RiskAssessments risk, LinkedPersons linkedPersons) {
    this.linkedPersons = linkedPersons;
    this.visible = visible;
    this.risk = risk;
    this.ownership = ownership;
    this.beneficialOwners = beneficialOwners;
    this.relationshipEnd = relationshipEnd;
  }

  /** Records (or replaces) a holding: {@code {"ownerId","share","votingShare"?,"controlByOtherMeans"?}}. */
  @PostMapping("/owners")
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  ResponseEntity<Map<String, Object>> addOwner(@AuthenticationPrincipal TenantPrincipal principal,
      @PathVariable UUID id, @RequestBody OwnerInput input) {
    OwnershipGraph.Holding holding = ownership.add(principal, id, input);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("companyId", holding.company());
    body.put("ownerId", holding.owner());
    body.put("share", holding.share());
    body.put("votingShare", holding.votingShare());
    body.put("controlByOtherMeans", holding.controlByOtherMeans());
    return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/owners")).body(body);
  }

  @GetMapping("/owners")
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  Map<String, Object> owners(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return Map.of("owners", beneficialOwners.of(principal, id).owners());
  }

  /** The beneficial owners with their effective shares, bases and the chains that explain them. */
  @GetMapping("/beneficial-owners")
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  Map<String, Object> beneficialOwners(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    BeneficialOwners.Structure structure = beneficialOwners.of(principal, id);
    return Map.of("beneficialOwners", structure.beneficialOwners(), "threshold", structure.threshold());
  }

  /**
   * The persons linked to a company (beneficial owners, management, owners), each with its role,
   * screening status and risk level; those outside the principal's grants by id and role alone.
   */
  @GetMapping("/linked-persons")
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  Map<String, Object> linkedPersons(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return Map.of("items", linkedPersons.of(principal, id));
  }

  record EndOfRelationship(String endedOn) {}

  /** Records the end of the business relationship; the answer says until when the records are kept. */
  @PostMapping("/end-relationship")
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  Map<String, Object> endRelationship(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestBody EndOfRelationship body) {
    return Map.of("recordsKeptUntil", relationshipEnd.end(principal, id, body.endedOn()).toString());
  }

  /** The customer's latest risk assessment: score, level, CDD level, each factor's contribution, next review. */
  @GetMapping("/risk")
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  RiskAssessmentJson risk(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    visible.load(principal, id);
    return risk.latest(principal.tenantId(), id).map(RiskAssessmentJson::of)
        .orElseThrow(() -> new ObjectNotFound("risk assessment"));
  }
}
