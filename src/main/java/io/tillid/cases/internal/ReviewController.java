package io.tillid.cases.internal;

import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The periodic review worklist: {@code /reviews} (page) and {@code GET /api/v1/reviews} (API). */
@Controller
class ReviewController {

  private final ReviewWorklist worklist;

  ReviewController(ReviewWorklist worklist) {
    this.worklist = worklist;
  }

  @GetMapping("/reviews")
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  String page(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "within", required = false) Integer within, Model model) {
    try {
      List<ReviewWorklist.Review> reviews = worklist.within(principal, within);
      model.addAttribute("reviews", reviews);
      model.addAttribute("overdue", reviews.stream().filter(r -> "overdue".equals(r.status())).count());
      model.addAttribute("within", within == null ? Integer.valueOf(ReviewWorklist.DEFAULT_DAYS) : within);
    } catch (InvalidFieldException refused) {
      List<ReviewWorklist.Review> reviews = worklist.within(principal, null);
      model.addAttribute("reviews", reviews);
      model.addAttribute("overdue", reviews.stream().filter(r -> "overdue".equals(r.status())).count());
      model.addAttribute("within", ReviewWorklist.DEFAULT_DAYS);
      model.addAttribute("problem", "reviews.rule.window");
    }
    return "reviews";
  }

  @GetMapping("/api/v1/reviews")
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  @ResponseBody
  Map<String, List<ReviewWorklist.Review>> api(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "within", required = false) Integer within) {
    return Map.of("items", worklist.within(principal, within));
  }
}
