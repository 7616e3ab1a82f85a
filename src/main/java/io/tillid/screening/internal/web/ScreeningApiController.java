package io.tillid.screening.internal.web;

import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.screening.internal.screen.ScreeningRequest;
import io.tillid.screening.internal.screen.ScreeningResponse;
import io.tillid.screening.internal.screen.ScreeningService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/screenings}: screens a name (and what else is known) against the current
 * list versions. Bad input answers 400 problem+json naming the field, never echoing the value.
 */
@RestController
@RequestMapping("/api/v1/screenings")
class ScreeningApiController {

  private final ScreeningService screenings;

  ScreeningApiController(ScreeningService screenings) {
    this.screenings = screenings;
  }

  @PostMapping
  @RequiresPermission(Permissions.SCREENINGS_RUN)
  ScreeningResponse screen(@RequestBody ScreeningRequest request) {
    return screenings.screen(request);
  }
}
