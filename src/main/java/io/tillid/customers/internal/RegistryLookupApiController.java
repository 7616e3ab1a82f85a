package io.tillid.customers.internal;

import io.tillid.customers.internal.registry.RegistryFailure;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/customers/lookup} {@code {"registry","registrationNumber"}}: registers the
 * company a registry holds, with its owners and management; 201 with what was created. An unknown
 * or unconfigured registry, or a number it cannot have, is a 400 naming the field; a registry
 * without such a company a 404; a registry that does not answer (or answers nonsense) a 502.
 */
@RestController
class RegistryLookupApiController {

  static final String REGISTRY_DOWN = "The registry did not answer or gave an unexpected response; try again later.";
  static final String NOT_IN_REGISTRY = "The registry has no company with that number.";

  private final RegistryLookup lookup;

  RegistryLookupApiController(RegistryLookup lookup) {
    this.lookup = lookup;
  }

  @PostMapping("/api/v1/customers/lookup")
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  ResponseEntity<LookupResult> lookup(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestBody RegistryLookupRequest request) {
    LookupResult result = lookup.lookup(principal, request);
    return ResponseEntity.created(URI.create("/api/v1/customers/" + result.id())).body(result);
  }

  @ExceptionHandler(RegistryFailure.class)
  ResponseEntity<ProblemDetail> registryDown(RegistryFailure failure, HttpServletRequest request) {
    return problem(HttpStatus.BAD_GATEWAY, REGISTRY_DOWN, request);
  }

  @ExceptionHandler(RegistryCompanyNotFound.class)
  ResponseEntity<ProblemDetail> notInRegistry(RegistryCompanyNotFound missing, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, NOT_IN_REGISTRY, request);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.detail(status, detail, request));
  }
}
