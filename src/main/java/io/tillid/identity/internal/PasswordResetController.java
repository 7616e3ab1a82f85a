package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.PublicRoute;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The page a reset link opens: choose a new password under the policy. */
@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoint: anonymous by design, the "
    + "token is the credential (checked by hash, single use, 30 minutes); CSRF protected; nothing echoed")
@PublicRoute("Opened from a mailed link; the single-use token is the credential.")
class PasswordResetController {

  private final PasswordLinks links;
  private final PasswordReset reset;

  PasswordResetController(PasswordLinks links, PasswordReset reset) {
    this.links = links;
    this.reset = reset;
  }

  @GetMapping("/password/reset/{token}")
  String form(@PathVariable String token, Model model) {
    PasswordAccount account = links.open(token, PasswordTokens.RESET).account();
    return PasswordPages.form("password-reset", token, account, null, model);
  }

  @PostMapping("/password/reset/{token}")
  String submit(@PathVariable String token, @RequestParam(name = "password", defaultValue = "") String password,
      Model model) {
    PasswordDecision decision = reset.reset(token, password);
    if (decision.accepted()) {
      return "redirect:/login?passwordReset";
    }
    return PasswordPages.form("password-reset", token, links.open(token, PasswordTokens.RESET).account(), decision,
        model);
  }

  @ExceptionHandler(LinkInvalidException.class)
  @ResponseStatus(HttpStatus.GONE)
  String invalid() {
    return "link-invalid";
  }
}
