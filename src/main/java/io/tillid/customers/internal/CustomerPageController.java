package io.tillid.customers.internal;

import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.PermissionChecker;
import io.tillid.platform.Permissions;
import io.tillid.platform.RequiresPermission;
import io.tillid.platform.TenantPrincipal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The customer pages: the list (filtered in SQL by the user's grants), registration forms for a
 * person and a company, and one customer with its national identifier masked; users holding
 * {@code customers.reveal} can reveal it, which is audited.
 */
@Controller
@RequestMapping("/customers")
class CustomerPageController {

  private final CustomerListing listing;
  private final CustomerRegistration registration;
  private final VisibleCustomers visible;
  private final CustomerViews views;
  private final NationalIdReveal reveal;
  private final PermissionChecker permissions;
  private final OwnershipRegistration ownership;
  private final BeneficialOwners beneficialOwners;
  private final RelationshipEnd relationshipEnd;
  private final io.tillid.risk.RiskAssessments risk;
  private final CompanyRoles roles;
  private final LinkedPersons linkedPersons;
  private final io.tillid.customers.internal.registry.CompanyRegistries registries;
  private final CustomerEdit edit;
  private final io.tillid.screening.CustomerScreening screening;

  CustomerPageController(io.tillid.screening.CustomerScreening screening, CustomerListing listing, CustomerRegistration registration, VisibleCustomers visible,
      CustomerViews views, NationalIdReveal reveal, PermissionChecker permissions, OwnershipRegistration ownership,
      BeneficialOwners beneficialOwners, RelationshipEnd relationshipEnd, CompanyRoles roles,
      io.tillid.customers.internal.registry.CompanyRegistries registries, io.tillid.risk.RiskAssessments risk,
      CustomerEdit edit, LinkedPersons linkedPersons) {
    this.edit = edit;
    this.screening = screening;
    this.risk = risk;
    this.roles = roles;
    this.linkedPersons = linkedPersons;
    this.registries = registries;
    this.relationshipEnd = relationshipEnd;
    this.ownership = ownership;
    this.beneficialOwners = beneficialOwners;
    this.listing = listing;
    this.registration = registration;
    this.visible = visible;
    this.views = views;
    this.reveal = reveal;
    this.permissions = permissions;
  }

  @GetMapping
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  String list(@AuthenticationPrincipal TenantPrincipal principal,
      @RequestParam(name = "name", required = false) String name,
      @RequestParam(name = "cursor", required = false) String cursor, Model model) {
    model.addAttribute("page", listing.page(principal, name, cursor, null));
    model.addAttribute("name", name);
    model.addAttribute("canWrite", permissions.has(principal, Permissions.CUSTOMERS_WRITE));
    model.addAttribute("registries", registries.configured());
    return "customers";
  }

  @GetMapping("/new")
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  String form(@RequestParam(name = "type", defaultValue = "person") String type, Model model) {
    model.addAttribute("type", CustomerType.parse(type).value());
    return formPage(model);
  }

  @PostMapping
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  String register(@AuthenticationPrincipal TenantPrincipal principal, @ModelAttribute CustomerInput input,
      Model model) {
    try {
      UUID id = registration.register(principal, input.validate(LocalDate.now(ZoneOffset.UTC)));
      return "redirect:/customers/" + id;
    } catch (InvalidFieldException refused) {
      model.addAttribute("field", refused.field());
      model.addAttribute("rule", refused.rule());
    } catch (AccessDeniedException refused) {
      model.addAttribute("rule", "outside-grants");
    }
    model.addAttribute("type", CustomerType.PERSON.value().equals(input.type()) ? "person" : "company");
    model.addAttribute("input", input);
    return formPage(model);
  }

  @GetMapping("/{id}")
  @RequiresPermission(Permissions.CUSTOMERS_READ)
  String show(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, Model model) {
    return page(principal, views.masked(principal.tenantId(), visible.load(principal, id)), model);
  }

  /** The edit form, filled with the customer as stored (the national identifier left empty: kept unless typed). */
  @GetMapping("/{id}/edit")
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  String editForm(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, Model model) {
    CustomerEdit.Editable editable = edit.editable(principal, id);
    return editPage(id, editable.input().with(blankNationalId()), editable.version(), model);
  }

  /** Saves the edit form; an empty national identifier keeps the stored one. */
  @PostMapping("/{id}/edit")
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  String saveEdit(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @ModelAttribute CustomerInput input, @RequestParam(name = "version", defaultValue = "-1") long version,
      Model model, jakarta.servlet.http.HttpServletResponse response) {
    try {
      edit.edit(principal, id, version, current -> input.nationalId() == null || input.nationalId().isBlank()
          ? input.with(java.util.Collections.singletonMap("nationalId", current.nationalId())) : input);
      return "redirect:/customers/" + id + "?saved";
    } catch (InvalidFieldException refused) {
      model.addAttribute("field", refused.field());
      model.addAttribute("rule", refused.rule());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
    } catch (AccessDeniedException refused) {
      model.addAttribute("rule", "edit-outside-grants");
      response.setStatus(HttpStatus.FORBIDDEN.value());
    } catch (org.springframework.dao.OptimisticLockingFailureException stale) {
      model.addAttribute("rule", "stale");
      response.setStatus(HttpStatus.CONFLICT.value());
    }
    return editPage(id, input.with(blankNationalId()), version, model);
  }

  private static java.util.Map<String, Object> blankNationalId() {
    return java.util.Collections.singletonMap("nationalId", null);
  }

  private static String editPage(UUID id, CustomerInput input, long version, Model model) {
    model.addAttribute("editing", true);
    model.addAttribute("customerId", id);
    model.addAttribute("version", version);
    model.addAttribute("type", CustomerType.COMPANY.value().equals(input.type()) ? "company" : "person");
    model.addAttribute("input", input);
    return formPage(model);
  }

  /** The registration and edit form, with the choices of its selects. */
  private static String formPage(Model model) {
    model.addAttribute("productOptions", CustomerInput.PRODUCTS);
    model.addAttribute("channelOptions", CustomerInput.CHANNELS);
    return "customer-new";
  }

  /** Shows the customer with the national identifier in clear, on this response only (audited). */
  @PostMapping("/{id}/reveal")
  @RequiresPermission(Permissions.CUSTOMERS_REVEAL)
  String reveal(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, Model model) {
    return page(principal, reveal.reveal(principal, id), model);
  }

  /** Adds a holding from the company page; shares are typed in per cent there. */
  @PostMapping("/{id}/owners")
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  String addOwner(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestParam(name = "ownerId", defaultValue = "") String ownerId,
      @RequestParam(name = "sharePercent", required = false) java.math.BigDecimal sharePercent,
      @RequestParam(name = "votingPercent", required = false) java.math.BigDecimal votingPercent,
      @RequestParam(name = "controlByOtherMeans", defaultValue = "false") boolean control, Model model) {
    try {
      ownership.add(principal, id, new OwnerInput(ownerId, percent(sharePercent), percent(votingPercent), control));
      return "redirect:/customers/" + id;
    } catch (InvalidFieldException refused) {
      model.addAttribute("field", refused.field());
      model.addAttribute("rule", refused.rule());
    }
    return show(principal, id, model);
  }

  /** Records the end of the business relationship (starts the retention period). */
  @PostMapping("/{id}/end-relationship")
  @RequiresPermission(Permissions.CUSTOMERS_WRITE)
  String endRelationship(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id,
      @RequestParam(name = "endedOn", defaultValue = "") String endedOn, Model model) {
    try {
      relationshipEnd.end(principal, id, endedOn);
      return "redirect:/customers/" + id;
    } catch (InvalidFieldException refused) {
      model.addAttribute("field", refused.field());
      model.addAttribute("rule", refused.rule());
    }
    return show(principal, id, model);
  }

  /** Records an analyst's disposition of one of the customer's hits. */
  @PostMapping("/{id}/hits/{hitId}/disposition")
  @RequiresPermission(Permissions.SCREENING_REVIEW)
  String decide(@AuthenticationPrincipal TenantPrincipal principal, @PathVariable UUID id, @PathVariable UUID hitId,
      @RequestParam(name = "decision", defaultValue = "") String decision,
      @RequestParam(name = "reason", defaultValue = "") String reason, Model model) {
    visible.load(principal, id);
    try {
      screening.decide(principal, id, hitId, decision, reason);
      return "redirect:/customers/" + id + "#hits";
    } catch (InvalidFieldException refused) {
      model.addAttribute("hitProblem", "hits.rule." + refused.rule());
    }
    return show(principal, id, model);
  }

  private static java.math.BigDecimal percent(java.math.BigDecimal value) {
    return value == null ? null : value.movePointLeft(2);
  }

  private String page(TenantPrincipal principal, CustomerView customer, Model model) {
    model.addAttribute("customer", customer);
    model.addAttribute("canReveal", permissions.has(principal, Permissions.CUSTOMERS_REVEAL));
    boolean canWrite = permissions.has(principal, Permissions.CUSTOMERS_WRITE);
    model.addAttribute("canWrite", canWrite);
    model.addAttribute("hits", screening.hits(principal.tenantId(), customer.id()));
    model.addAttribute("canReview", permissions.has(principal, Permissions.SCREENING_REVIEW));
    model.addAttribute("risk", risk.latest(principal.tenantId(), customer.id())
        .map(io.tillid.risk.RiskAssessmentJson::of).orElse(null));
    if ("company".equals(customer.type())) {
      model.addAttribute("structure", beneficialOwners.of(principal, customer.id()));
      model.addAttribute("roles", roles.of(principal, customer.id()));
      model.addAttribute("linkedPersons", linkedPersons.of(principal, customer.id()));
      if (canWrite) {
        model.addAttribute("candidates", listing.page(principal, null, null, CustomerListing.MAX_LIMIT).items().stream()
            .filter(candidate -> !candidate.id().equals(customer.id())).toList());
      }
    }
    return "customer";
  }

  @ExceptionHandler(CustomerNotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model) {
    model.addAttribute("status", 404);
    return "error";
  }
}
