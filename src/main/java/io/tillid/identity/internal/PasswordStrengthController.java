package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.PublicRoute;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The strength meter's fragment, fetched by htmx while a person types a new password. The hints
 * (the page's own e-mail address and organisation) only make the meter agree with the policy
 * check made when the form is sent; the password is never logged or kept.
 */
@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoint: POST with CSRF, computes a "
    + "score and a message key from the input, echoes none of it, refuses input over 512 characters")
@PublicRoute("Rates the typed password for the reset and invitation pages; reads nothing stored.")
class PasswordStrengthController {

  private final PasswordStrength strength;

  PasswordStrengthController(PasswordStrength strength) {
    this.strength = strength;
  }

  @PostMapping("/password/strength")
  String meter(@RequestParam(name = "password", defaultValue = "") String password,
      @RequestParam(name = "hintEmail", defaultValue = "") String email,
      @RequestParam(name = "hintTenantName", defaultValue = "") String tenantName,
      @RequestParam(name = "hintTenantSlug", defaultValue = "") String tenantSlug, Model model) {
    PasswordStrength.Verdict verdict = strength.of(password,
        new PasswordSubject(email, tenantName, tenantSlug, false));
    model.addAttribute("score", verdict.score());
    model.addAttribute("decision", verdict.decision());
    return "fragments/password :: meter";
  }
}
