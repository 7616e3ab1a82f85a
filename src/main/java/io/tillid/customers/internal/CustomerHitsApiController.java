package io.tillid.customers.internal;

import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import io.tillid.screening.CustomerHit;
import io.tillid.screening.CustomerScreening;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/customers/{id}/hits}: the customer's screening hits with their explanations and
 * dispositions, and an analyst's disposition of one. A customer the caller may not see is 404.
 */
@RestController
@RequestMapping("/api/v1/customers/{id}/hits")
class CustomerHitsApiController {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final VisibleCustomers visible;
  private final CustomerScreening screening;

  CustomerHitsApiController(VisibleCustomers visible, CustomerScreening screening) {
    this.visible = visible;
    this.screening = screening;
  }

  /** A hit as the API shows it: the explanation as JSON, as {@code POST /api/v1/screenings} gives it. */
  record HitView(UUID id, String list, String entityId, String entityFingerprint, String name, String matchedName,
      String type, boolean pep, double score, JsonNode explanation, String status, String closedReason,
      String raisedBy, Instant createdAt, Instant updatedAt, List<CustomerHit.Disposition> dispositions) {

    static HitView of(CustomerHit hit) {
      return new HitView(hit.id(), hit.list(), hit.entityId(), hit.entityFingerprint(), hit.name(), hit.matchedName(),
          hit.type(), hit.pep(), hit.score(), JSON.readTree(hit.explanation()), hit.status(), hit.closedReason(),
          hit.raisedBy(), hit.createdAt(), hit.updatedAt(), hit.dispositions());
    }
  }

  /** {@code {"decision":"true_match|false_positive|escalate","reason"}}. */
  record DispositionInput(String decision, String reason) {

    @Override
    public String toString() {
      return "DispositionInput[" + decision + ", reason masked]";
    }
  }

  @GetMapping
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  Map<String, List<HitView>> hits(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    visible.load(principal, id);
    return Map.of("items", screening.hits(principal.tenantId(), id).stream().map(HitView::of).toList());
  }

  @PostMapping("/{hitId}/disposition")
  @RequiresPermission(Permissions.SCREENING_REVIEW)
  HitView decide(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, @PathVariable UUID hitId,
      @RequestBody DispositionInput input) {
    visible.load(principal, id);
    return HitView.of(screening.decide(principal, id, hitId, input.decision(), input.reason()));
  }
}
