package io.tillid.screening.internal.web;

import io.tillid.platform.Permissions;
import io.tillid.platform.PageCursor;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import io.tillid.screening.ScreeningSubjects;
import io.tillid.screening.internal.hits.HitStore;
import io.tillid.screening.internal.hits.StoredHit;
import io.tillid.screening.internal.monitoring.ListMonitoring;
import io.tillid.screening.internal.monitoring.Run;
import io.tillid.screening.internal.monitoring.RunStore;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Screening alerts: the hits waiting for a decision (open or escalated) of the customers the
 * principal may see, newest first, and the rescreen runs with their progress. The page
 * {@code /screening/alerts}; the API {@code /api/v1/screening/alerts} and
 * {@code /api/v1/screening/runs} ({@code POST} starts a full rescreen of the tenant's customers).
 */
@Controller
class ScreeningAlertsController {

  static final int LIMIT = 100;

  private final HitStore hits;
  private final RunStore runs;
  private final ScreeningSubjects subjects;
  private final ListMonitoring monitoring;

  ScreeningAlertsController(HitStore hits, RunStore runs, ScreeningSubjects subjects, ListMonitoring monitoring) {
    this.hits = hits;
    this.runs = runs;
    this.subjects = subjects;
    this.monitoring = monitoring;
  }

  /** One alert: a pending hit and its customer. */
  record Alert(UUID hitId, UUID customerId, String customerName, String list, String entityId, String name,
      double score, String status, String raisedBy, Instant raisedAt) {}

  @GetMapping("/api/v1/screening/alerts")
  @RequiresPermission(Permissions.SCREENING_REVIEW)
  @ResponseBody
  Alerts alertsApi(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "cursor", required = false) String cursor,
      @RequestParam(name = "limit", required = false) Integer limit) {
    return alerts(principal, PageCursor.decode(cursor), PageCursor.limit(limit, LIMIT, LIMIT));
  }

  @GetMapping("/api/v1/screening/runs")
  @RequiresPermission(Permissions.SCREENING_REVIEW)
  @ResponseBody
  Map<String, List<Run>> runsApi(@AuthenticationPrincipal TenantPrincipal principal) {
    return Map.of("items", runs.recent(principal.tenantId(), 20));
  }

  /** Rescreens every monitored customer of the tenant against all current lists, now. */
  @PostMapping("/api/v1/screening/runs")
  @RequiresPermission(Permissions.SETTINGS_MANAGE)
  @ResponseBody
  ResponseEntity<Run> fullRescreen(@AuthenticationPrincipal TenantPrincipal principal) {
    Run run = monitoring.fullRescreen(principal.tenantId());
    return ResponseEntity.created(URI.create("/api/v1/screening/runs")).body(run);
  }

  @GetMapping("/screening/alerts")
  @RequiresPermission(Permissions.SCREENING_REVIEW)
  String page(@AuthenticationPrincipal TenantPrincipal principal, Model model) {
    model.addAttribute("alerts", alerts(principal, null, LIMIT).items());
    model.addAttribute("runs", runs.recent(principal.tenantId(), 10));
    return "screening-alerts";
  }

  /** A page of alerts and the cursor of the next one (null on the last). */
  record Alerts(List<Alert> items, String nextCursor) {}

  /**
   * Up to {@code size} alerts of customers the principal may see, newest first, after {@code after}.
   * Pending hits are read in batches and kept when their customer is visible; the cursor is the last
   * hit looked at, so hits of customers the principal may not see are passed over, never repeated.
   */
  private Alerts alerts(TenantPrincipal principal, PageCursor after, int size) {
    List<Alert> alerts = new ArrayList<>();
    PageCursor position = after;
    while (true) {
      List<StoredHit> pending = hits.pending(principal.tenantId(), position, size + 1);
      Map<UUID, String> names = subjects.visibleNames(principal, pending.stream().map(StoredHit::customerId)
          .distinct().toList());
      for (StoredHit hit : pending) {
        String customer = names.get(hit.customerId());
        if (customer == null) {
          position = new PageCursor(hit.createdAt(), hit.id());
          continue;
        }
        if (alerts.size() == size) {
          return new Alerts(alerts, position.encode());
        }
        alerts.add(new Alert(hit.id(), hit.customerId(), customer, hit.list(), hit.entityId(), hit.name(), hit.score(),
            hit.status(), hit.raisedBy(), hit.createdAt()));
        position = new PageCursor(hit.createdAt(), hit.id());
      }
      if (pending.size() <= size) {
        return new Alerts(alerts, null);
      }
    }
  }
}
