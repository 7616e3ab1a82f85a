package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.PublicRoute;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second sign-in step: a TOTP code or a recovery code (passkeys: {@link PasskeyStepController}). */
@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoints: only for a pending sign-in "
    + "(SIGNIN_SECOND_FACTOR, webChain), CSRF-protected POSTs, codes are never echoed or logged")
@PublicRoute("Second step of sign-in: the web filter chain admits only a sign-in awaiting its second factor.")
class SecondFactorController {

  private static final String EXPIRED = "redirect:/login?expired";

  private final PendingSignIns pending;
  private final TotpCheck totp;
  private final RecoveryCodeCheck recovery;
  private final SignInCompletion completion;
  private final TotpStore totps;
  private final Passkeys passkeys;

  SecondFactorController(PendingSignIns pending, TotpCheck totp, RecoveryCodeCheck recovery,
      SignInCompletion completion, TotpStore totps, Passkeys passkeys) {
    this.pending = pending;
    this.totp = totp;
    this.recovery = recovery;
    this.completion = completion;
    this.totps = totps;
    this.passkeys = passkeys;
  }

  @GetMapping("/mfa")
  String page(HttpServletRequest request, HttpServletResponse response, Model model) {
    Optional<Authentication> current = pending.current(SignInStage.SECOND_FACTOR, request, response);
    if (current.isEmpty()) {
      return EXPIRED;
    }
    SignedInPrincipal principal = SignInStage.principal(current.get());
    model.addAttribute("hasTotp", totps.find(principal).isPresent());
    model.addAttribute("hasPasskey", passkeys.any(principal));
    return "mfa";
  }

  @PostMapping("/mfa/totp")
  String totp(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response) {
    return attempt(code, totp::verify, SignInStage.TOTP_FACTOR, request, response);
  }

  @PostMapping("/mfa/recovery")
  String recovery(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
      HttpServletResponse response) {
    return attempt(code, recovery::verify, SignInStage.RECOVERY_FACTOR, request, response);
  }

  private String attempt(String code, BiPredicate<SignedInPrincipal, String> check, String factor,
      HttpServletRequest request, HttpServletResponse response) {
    Optional<Authentication> current = pending.current(SignInStage.SECOND_FACTOR, request, response);
    if (current.isEmpty()) {
      return EXPIRED;
    }
    String bounded = code.length() > 64 ? "" : code;
    if (!check.test(SignInStage.principal(current.get()), bounded)) {
      return "redirect:/mfa?error";
    }
    completion.complete(current.get(), factor, request, response);
    return "redirect:/";
  }
}
