package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.SignedIn;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Change password" for whoever is signed in; the current password is required. */
@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoint: behind authentication "
    + "(webChain), CSRF protected, acts only on the signed-in principal's own account; nothing echoed")
@SignedIn("Changes the principal's own password.")
class ChangePasswordController {

  private final PasswordStore store;
  private final PasswordChange change;
  private final ObjectProvider<SessionTermination> sessions;

  ChangePasswordController(PasswordStore store, PasswordChange change, ObjectProvider<SessionTermination> sessions) {
    this.store = store;
    this.change = change;
    this.sessions = sessions;
  }

  @GetMapping("/password/change")
  String form(@AuthenticationPrincipal SignedInPrincipal principal, Model model) {
    return page(principal, null, model);
  }

  @PostMapping("/password/change")
  String submit(@AuthenticationPrincipal SignedInPrincipal principal,
      @RequestParam(name = "currentPassword", defaultValue = "") String currentPassword,
      @RequestParam(name = "password", defaultValue = "") String password, Model model, HttpSession session) {
    PasswordDecision decision = change.change(principal, currentPassword, password);
    if (decision.accepted()) {
      // every other session is signed out; this one stays
      sessions.ifAvailable(termination -> termination.endOthers(principal.principalId(), session.getId()));
      return "redirect:/password/change?changed";
    }
    return page(principal, decision, model);
  }

  private String page(SignedInPrincipal principal, PasswordDecision refusal, Model model) {
    PasswordAccount account = store.of(principal).orElseThrow(() -> new IllegalStateException("no such account"));
    return PasswordPages.form("password-change", null, account, refusal, model);
  }
}
