package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.SignedIn;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's security page: TOTP, recovery codes, passkeys. */
@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoints: SIGNIN_COMPLETE only (webChain), "
    + "CSRF-protected POST, shows only the principal's own factors")
@SignedIn("The principal's own second factors and recovery codes.")
class SecurityPageController {

  private final TotpStore totps;
  private final RecoveryCodeStore recovery;
  private final Passkeys passkeys;
  private final RecoveryCodeRegeneration regeneration;

  SecurityPageController(TotpStore totps, RecoveryCodeStore recovery, Passkeys passkeys,
      RecoveryCodeRegeneration regeneration) {
    this.totps = totps;
    this.recovery = recovery;
    this.passkeys = passkeys;
    this.regeneration = regeneration;
  }

  @GetMapping("/account/security")
  String page(@AuthenticationPrincipal SignedInPrincipal principal, Model model) {
    model.addAttribute("hasTotp", totps.find(principal).isPresent());
    model.addAttribute("recoveryCodesLeft", recovery.remaining(principal));
    model.addAttribute("passkeys", passkeys.of(principal).stream()
        .map(record -> new PasskeyView(record.getLabel(), record.getCreated())).toList());
    return "security";
  }

  @PostMapping("/account/security/recovery-codes")
  String regenerate(@AuthenticationPrincipal SignedInPrincipal principal, Model model) {
    Optional<List<String>> codes = regeneration.regenerate(principal);
    if (codes.isEmpty()) {
      return "redirect:/account/security";
    }
    model.addAttribute("codes", codes.get());
    return "recovery-codes";
  }

  /** What the page shows of a passkey. */
  record PasskeyView(String label, java.time.Instant created) {}
}
