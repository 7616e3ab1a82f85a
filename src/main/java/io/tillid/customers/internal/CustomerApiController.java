package io.tillid.customers.internal;

import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/customers}: register, read, edit (merge patch, If-Match), list and search customers. A customer of another
 * tenant, one outside the caller's grants and a missing one all answer 404. National identifiers
 * are masked; {@code ?reveal=nationalId} (needs {@code customers.reveal}) unmasks, audited.
 */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerApiController {

  private final CustomerRegistration registration;
  private final VisibleCustomers visible;
  private final CustomerViews views;
  private final CustomerListing listing;
  private final NationalIdReveal reveal;
  private final CustomerEdit edit;
  private final CustomerRepository customers;

  CustomerApiController(CustomerRegistration registration, VisibleCustomers visible, CustomerViews views,
      CustomerListing listing, NationalIdReveal reveal, CustomerEdit edit, CustomerRepository customers) {
    this.edit = edit;
    this.customers = customers;
    this.registration = registration;
    this.visible = visible;
    this.views = views;
    this.listing = listing;
    this.reveal = reveal;
  }

  @PostMapping
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  ResponseEntity<CustomerView> register(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestBody CustomerInput input) {
    UUID id = registration.register(principal, input.validate(LocalDate.now(ZoneOffset.UTC)));
    CustomerView created = views.masked(principal.tenantId(), visible.load(principal, id));
    return ResponseEntity.created(URI.create("/api/v1/customers/" + id)).body(created);
  }

  @GetMapping("/{id}")
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  ResponseEntity<CustomerView> read(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestParam(name = "reveal", required = false) String revealField) {
    CustomerView view;
    if (revealField != null) {
      if (!"nationalId".equals(revealField)) {
        throw new io.tillid.platform.BadInputException("The parameter 'reveal' can only be 'nationalId'.");
      }
      view = reveal.reveal(principal, id);
    } else {
      view = views.masked(principal.tenantId(), visible.load(principal, id));
    }
    return ResponseEntity.ok().eTag(etag(customers.version(principal.tenantId(), id))).body(view);
  }

  /**
   * Edits a customer with a JSON merge patch (RFC 7396) of the registration's fields; the
   * {@code If-Match} header must carry the ETag of the version read (428 without it, 412 when the
   * customer changed since). Answers the customer as {@code GET} does, with its new ETag.
   */
  @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  ResponseEntity<CustomerView> patch(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JsonNode patch) {
    visible.load(principal, id); // a customer the caller may not see is 404, whatever the request
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ResponseStatusException(HttpStatus.PRECONDITION_REQUIRED);
    }
    Map<String, Object> changes = CustomerPatch.changes(patch);
    CustomerEdit.Outcome outcome;
    try {
      outcome = edit.edit(principal, id, version(ifMatch), input -> input.with(changes));
    } catch (OptimisticLockingFailureException stale) {
      throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED);
    }
    return ResponseEntity.ok().eTag(etag(outcome.version()))
        .body(views.masked(principal.tenantId(), visible.load(principal, id)));
  }

  static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** The version an If-Match header names; anything else can never match (412). */
  private static long version(String ifMatch) {
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() > 2 && tag.length() < 21 && tag.startsWith("\"") && tag.endsWith("\"")
        && tag.substring(1, tag.length() - 1).chars().allMatch(Character::isDigit)) {
      return Long.parseLong(tag.substring(1, tag.length() - 1));
    }
    return -1;
  }

  @GetMapping
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  Map<String, Object> list(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "name", required = false) String name,
      @RequestParam(name = "cursor", required = false) String cursor,
      @RequestParam(name = "limit", required = false) Integer limit) {
    CustomerListing.Page page = listing.page(principal, name, cursor, limit);
    java.util.LinkedHashMap<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("items", page.items());
    body.put("nextCursor", page.nextCursor());
    return body;
  }

  /** Exact look-up by identifier, sent in the body so it never lands in an address or access log. */
  record Search(String nationalId, String registrationNumber) {

    @Override
    public String toString() {
      return "Search[masked]";
    }
  }

  @PostMapping("/search")
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  Map<String, List<CustomerView>> search(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestBody Search search) {
    return Map.of("items", listing.search(principal, search.nationalId(), search.registrationNumber()));
  }
}
