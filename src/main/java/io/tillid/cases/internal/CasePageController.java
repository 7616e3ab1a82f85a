package io.tillid.cases.internal;

import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.ObjectNotFound;
import io.tillid.platform.PermissionChecker;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The KYC case pages: the list, opening a case from a customer, one case with its checklist and workflow. */
@Controller
@RequestMapping("/cases")
class CasePageController {

  private final CaseOpening opening;
  private final CaseWorkflow workflow;
  private final CaseQueries queries;
  private final PermissionChecker permissions;

  CasePageController(CaseOpening opening, CaseWorkflow workflow, CaseQueries queries, PermissionChecker permissions) {
    this.opening = opening;
    this.workflow = workflow;
    this.queries = queries;
    this.permissions = permissions;
  }

  @GetMapping
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  String list(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "customerId", required = false) UUID customerId, Model model) {
    model.addAttribute("cases", queries.list(principal, customerId));
    model.addAttribute("customerId", customerId);
    model.addAttribute("canWrite", permissions.has(principal, Permissions.CASES_WRITE));
    return "cases";
  }

  @PostMapping
  @RequiresPermission(Permissions.CASES_WRITE)
  String open(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "customerId", defaultValue = "") String customerId,
      @RequestParam(name = "cddLevel", required = false) String cddLevel, RedirectAttributes flash) {
    try {
      return "redirect:/cases/" + opening.open(principal, customerId, cddLevel).id();
    } catch (InvalidFieldException refused) {
      flash.addFlashAttribute("problem", "cases.rule." + refused.rule());
      return "redirect:/cases";
    }
  }

  @GetMapping("/{id}")
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  String show(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, Model model) {
    model.addAttribute("kycCase", queries.one(principal, id));
    model.addAttribute("canWrite", permissions.has(principal, Permissions.CASES_WRITE));
    model.addAttribute("canApprove", permissions.has(principal, Permissions.CASES_APPROVE));
    model.addAttribute("me", principal.principalId());
    return "case";
  }

  @PostMapping("/{id}/items/{item}")
  @RequiresPermission(Permissions.CASES_WRITE)
  String tick(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, @PathVariable String item,
      RedirectAttributes flash) {
    return act(id, flash, () -> workflow.tick(principal, id, item));
  }

  @PostMapping("/{id}/await-customer")
  @RequiresPermission(Permissions.CASES_WRITE)
  String awaitCustomer(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      RedirectAttributes flash) {
    return act(id, flash, () -> workflow.awaitCustomer(principal, id));
  }

  @PostMapping("/{id}/resume")
  @RequiresPermission(Permissions.CASES_WRITE)
  String resume(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, RedirectAttributes flash) {
    return act(id, flash, () -> workflow.resume(principal, id));
  }

  @PostMapping("/{id}/submit")
  @RequiresPermission(Permissions.CASES_WRITE)
  String submit(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, RedirectAttributes flash) {
    return act(id, flash, () -> workflow.submit(principal, id));
  }

  @PostMapping("/{id}/send-back")
  @RequiresPermission(Permissions.CASES_APPROVE)
  String sendBack(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      RedirectAttributes flash) {
    return act(id, flash, () -> workflow.sendBack(principal, id));
  }

  @PostMapping("/{id}/approve")
  @RequiresPermission(Permissions.CASES_APPROVE)
  String approve(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, RedirectAttributes flash) {
    return act(id, flash, () -> workflow.approve(principal, id));
  }

  @PostMapping("/{id}/reject")
  @RequiresPermission(Permissions.CASES_APPROVE)
  String reject(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestParam(name = "reason", defaultValue = "") String reason, RedirectAttributes flash) {
    return act(id, flash, () -> workflow.reject(principal, id, reason));
  }

  private String act(UUID id, RedirectAttributes flash, Supplier<KycCase> action) {
    try {
      action.get();
      flash.addFlashAttribute("notice", "cases.done");
    } catch (CaseRuleViolation refused) {
      flash.addFlashAttribute("problem", "cases.rule." + refused.rule());
    } catch (InvalidFieldException refused) {
      flash.addFlashAttribute("problem", "cases.rule." + refused.rule());
    } catch (OptimisticLockingFailureException refused) {
      flash.addFlashAttribute("problem", "cases.rule.concurrent");
    }
    return "redirect:/cases/" + id;
  }

  @ExceptionHandler(ObjectNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model) {
    model.addAttribute("status", 404);
    return "error";
  }
}
