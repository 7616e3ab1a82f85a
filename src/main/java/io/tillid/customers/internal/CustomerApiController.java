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
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/customers}: register, read, list and search customers. A customer of another
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

  CustomerApiController(CustomerRegistration registration, VisibleCustomers visible, CustomerViews views,
      CustomerListing listing, NationalIdReveal reveal) {
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
  CustomerView read(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestParam(name = "reveal", required = false) String revealField) {
    if (revealField != null) {
      if (!"nationalId".equals(revealField)) {
        throw new io.tillid.platform.BadInputException("The parameter 'reveal' can only be 'nationalId'.");
      }
      return reveal.reveal(principal, id);
    }
    return views.masked(principal.tenantId(), visible.load(principal, id));
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
