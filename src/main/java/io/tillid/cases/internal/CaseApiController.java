package io.tillid.cases.internal;

import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases}: open a KYC case, read and list cases, tick checklist items and move a case
 * through its workflow. A refused transition is 409 naming the rule; approving one's own enhanced
 * or high-risk case is 403 (four-eyes).
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApiController {

  private final CaseOpening opening;
  private final CaseWorkflow workflow;
  private final CaseQueries queries;

  CaseApiController(CaseOpening opening, CaseWorkflow workflow, CaseQueries queries) {
    this.opening = opening;
    this.workflow = workflow;
    this.queries = queries;
  }

  record OpenCase(String customerId, String cddLevel) {}

  record Rejection(String reason) {}

  @PostMapping
  @RequiresPermission(Permissions.CASES_WRITE)
  ResponseEntity<CaseView> open(@AuthenticationPrincipal TenantPrincipal principal, @RequestBody OpenCase body) {
    KycCase opened = opening.open(principal, body.customerId(), body.cddLevel());
    return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.id())).body(queries.view(principal, opened));
  }

  @GetMapping
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  CaseQueries.Page list(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "customerId", required = false) UUID customerId,
      @RequestParam(name = "cursor", required = false) String cursor,
      @RequestParam(name = "limit", required = false) Integer limit) {
    return queries.page(principal, customerId, cursor, limit);
  }

  @GetMapping("/{id}")
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  CaseView one(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return queries.one(principal, id);
  }

  @PostMapping("/{id}/items/{item}")
  @RequiresPermission(Permissions.CASES_WRITE)
  CaseView tick(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, @PathVariable String item) {
    return queries.view(principal, workflow.tick(principal, id, item));
  }

  @PostMapping("/{id}/await-customer")
  @RequiresPermission(Permissions.CASES_WRITE)
  CaseView awaitCustomer(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return queries.view(principal, workflow.awaitCustomer(principal, id));
  }

  @PostMapping("/{id}/resume")
  @RequiresPermission(Permissions.CASES_WRITE)
  CaseView resume(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return queries.view(principal, workflow.resume(principal, id));
  }

  @PostMapping("/{id}/submit")
  @RequiresPermission(Permissions.CASES_WRITE)
  CaseView submit(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return queries.view(principal, workflow.submit(principal, id));
  }

  @PostMapping("/{id}/send-back")
  @RequiresPermission(Permissions.CASES_APPROVE)
  CaseView sendBack(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return queries.view(principal, workflow.sendBack(principal, id));
  }

  @PostMapping("/{id}/approve")
  @RequiresPermission(Permissions.CASES_APPROVE)
  CaseView approve(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id) {
    return queries.view(principal, workflow.approve(principal, id));
  }

  @PostMapping("/{id}/reject")
  @RequiresPermission(Permissions.CASES_APPROVE)
  CaseView reject(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestBody Rejection body) {
    return queries.view(principal, workflow.reject(principal, id, body.reason()));
  }

  @ExceptionHandler(CaseRuleViolation.class)
  ResponseEntity<ProblemDetail> refused(CaseRuleViolation refused, HttpServletRequest request) {
    HttpStatus status = CaseRuleViolation.FOUR_EYES.equals(refused.rule()) ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
    ProblemDetail problem = Problems.detail(status, refused.getMessage(), request);
    problem.setProperty("rule", refused.rule());
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}
