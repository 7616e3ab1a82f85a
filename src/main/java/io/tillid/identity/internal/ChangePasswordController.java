package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Change password" for whoever is signed in; the current password is required. */
@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoint: behind authentication "
    + "(webChain), CSRF protected, acts only on the signed-in principal's own account; nothing echoed")
class ChangePasswordController {

  private final PasswordStore store;
  private final PasswordChange change;

  ChangePasswordController(PasswordStore store, PasswordChange change) {
    this.store = store;
    this.change = change;
  }

  @GetMapping("/password/change")
  String form(@AuthenticationPrincipal SignedInPrincipal principal, Model model) {
    return page(principal, null, model);
  }

  @PostMapping("/password/change")
  String submit(@AuthenticationPrincipal SignedInPrincipal principal,
      @RequestParam(name = "currentPassword", defaultValue = "") String currentPassword,
      @RequestParam(name = "password", defaultValue = "") String password, Model model) {
    PasswordDecision decision = change.change(principal, currentPassword, password);
    if (decision.accepted()) {
      return "redirect:/password/change?changed";
    }
    return page(principal, decision, model);
  }

  private String page(SignedInPrincipal principal, PasswordDecision refusal, Model model) {
    PasswordAccount account = store.of(principal).orElseThrow(() -> new IllegalStateException("no such account"));
    return PasswordPages.form("password-change", null, account, refusal, model);
  }
}
