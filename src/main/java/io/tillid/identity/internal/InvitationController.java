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

/** The page an invitation link opens: choose a first password, and the account is active. */
@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoint: anonymous by design, the "
    + "token is the credential (checked by hash, single use, 7 days); CSRF protected; nothing echoed")
@PublicRoute("Opened from a mailed invitation; the single-use token is the credential.")
class InvitationController {

  private final PasswordLinks links;
  private final InvitationAcceptance acceptance;

  InvitationController(PasswordLinks links, InvitationAcceptance acceptance) {
    this.links = links;
    this.acceptance = acceptance;
  }

  @GetMapping("/invitation/{token}")
  String form(@PathVariable String token, Model model) {
    PasswordAccount account = links.open(token, PasswordTokens.INVITATION).account();
    return PasswordPages.form("invitation", token, account, null, model);
  }

  @PostMapping("/invitation/{token}")
  String accept(@PathVariable String token, @RequestParam(name = "password", defaultValue = "") String password,
      Model model) {
    PasswordDecision decision = acceptance.accept(token, password);
    if (decision.accepted()) {
      return "redirect:/login?invitationAccepted";
    }
    return PasswordPages.form("invitation", token, links.open(token, PasswordTokens.INVITATION).account(), decision,
        model);
  }

  @ExceptionHandler(LinkInvalidException.class)
  @ResponseStatus(HttpStatus.GONE)
  String invalid() {
    return "link-invalid";
  }
}
