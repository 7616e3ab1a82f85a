package io.tillid.screening.internal.web;

import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import io.tillid.screening.internal.matching.ScreeningDefaults;
import java.util.function.ToDoubleFunction;
import io.tillid.screening.internal.screen.ScreeningRequest;
import io.tillid.screening.internal.screen.ScreeningResponse;
import io.tillid.screening.internal.screen.ScreeningService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/screenings}: screens a name (and what else is known) against the current
 * list versions, with the tenant's threshold unless the request names one. Bad input answers 400 problem+json naming the field, never echoing the value.
 */
@RestController
@RequestMapping("/api/v1/screenings")
class ScreeningApiController {

  private final ScreeningService screenings;
  private final ToDoubleFunction<TenantId> thresholds;

  /** @param thresholds each tenant's threshold, for requests that name none */
  ScreeningApiController(ScreeningService screenings, ToDoubleFunction<TenantId> thresholds) {
    this.screenings = screenings;
    this.thresholds = thresholds;
  }

  @PostMapping
  @RequiresPermission(Permissions.SCREENINGS_RUN)
  ScreeningResponse screen(@RequestBody ScreeningRequest request) {
    return screenings.screen(request, TenantScope.currentTenant().map(thresholds::applyAsDouble)
        .orElse(ScreeningDefaults.THRESHOLD));
  }
}
