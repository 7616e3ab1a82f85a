package io.tillid.access.internal;

import io.tillid.access.GrantDimension;
import io.tillid.access.Grants;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/users/{id}/grants} and {@code /api/v1/clients/{id}/grants}: the attribute grants
 * of a user or an API client, as the grants page reads and sets them (a PUT replaces all three
 * dimensions; a missing one is emptied). Another tenant's user or client is not found (404).
 */
@RestController
@RequiresPermission(Permissions.USERS_MANAGE)
class GrantApiController {

  /** A holder's grants per dimension; {@code *} grants every value of a dimension. */
  record GrantsBody(Set<String> businessUnits, Set<String> sensitivities, Set<String> jurisdictions) {}

  private final GrantChange change;

  GrantApiController(GrantChange change) {
    this.change = change;
  }

  @GetMapping({"/api/v1/users/{id}/grants", "/api/v1/clients/{id}/grants"})
  GrantsBody grants(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      HttpServletRequest request) {
    return body(change.of(principal.tenantId(), GrantHolder.of(request), id));
  }

  @PutMapping({"/api/v1/users/{id}/grants", "/api/v1/clients/{id}/grants"})
  GrantsBody setGrants(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestBody GrantsBody wanted, HttpServletRequest request) {
    return set(principal, GrantHolder.of(request), id, wanted);
  }

  private GrantsBody set(TenantPrincipal principal, GrantHolder holder, UUID id, GrantsBody wanted) {
    Map<GrantDimension, String> typed = new EnumMap<>(GrantDimension.class);
    typed.put(GrantDimension.BUSINESS_UNIT, joined(wanted.businessUnits()));
    typed.put(GrantDimension.SENSITIVITY, joined(wanted.sensitivities()));
    typed.put(GrantDimension.JURISDICTION, joined(wanted.jurisdictions()));
    change.set(principal.tenantId(), holder, id, GrantInput.parse(typed), principal.principalId());
    return body(change.of(principal.tenantId(), holder, id));
  }

  private static String joined(Set<String> values) {
    return values == null ? "" : String.join(",", values);
  }

  private static GrantsBody body(Grants grants) {
    return new GrantsBody(new TreeSet<>(grants.in(GrantDimension.BUSINESS_UNIT)),
        new TreeSet<>(grants.in(GrantDimension.SENSITIVITY)), new TreeSet<>(grants.in(GrantDimension.JURISDICTION)));
  }
}
