package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.PublicRoute;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * TOTP enrolment: a new secret (kept in the session until confirmed) shown as text, URI and QR
 * code; a valid code completes it and shows the recovery codes once. Open to signed-in users and
 * to a pending sign-in that must enrol before anything else.
 */
@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoints: SIGNIN_ENROL or SIGNIN_COMPLETE "
    + "only (webChain), CSRF-protected POST; the secret goes only to its own user's page")
@PublicRoute("Enrols the own second factor: the web filter chain admits only a sign-in that must enrol or a complete one.")
class TotpEnrolmentController {

  private final PendingSignIns pending;
  private final TotpEnrolment enrolment;
  private final TotpStore totps;
  private final SignInCompletion completion;
  private final SecureRandom random;

  TotpEnrolmentController(PendingSignIns pending, TotpEnrolment enrolment, TotpStore totps,
      SignInCompletion completion, SecureRandom random) {
    this.pending = pending;
    this.enrolment = enrolment;
    this.totps = totps;
    this.completion = completion;
    this.random = random;
  }

  @GetMapping("/mfa/enrol")
  String page(HttpServletRequest request, HttpServletResponse response, HttpSession session, Model model) {
    Optional<SignedInPrincipal> principal = principal(request, response);
    if (principal.isEmpty()) {
      return "redirect:/login?expired";
    }
    if (totps.find(principal.get()).isPresent()) {
      return "redirect:/account/security";
    }
    PendingTotp secret = session.getAttribute(PendingTotp.ATTRIBUTE) instanceof PendingTotp existing
        ? existing : new PendingTotp(Base32.encode(Totp.newSecret(random)));
    session.setAttribute(PendingTotp.ATTRIBUTE, secret);
    String uri = "otpauth://totp/Tillid:" + URLEncoder.encode(principal.get().principalId(), StandardCharsets.UTF_8)
        + "?secret=" + secret.secret() + "&issuer=Tillid&algorithm=SHA1&digits=6&period=30";
    model.addAttribute("secret", secret.secret().replaceAll("(.{4})(?=.)", "$1 "));
    model.addAttribute("otpauthUri", uri);
    model.addAttribute("qrCode", QrCodes.pngDataUri(uri));
    model.addAttribute("required", SignInStage.has(SecurityContextHolder.getContext().getAuthentication(),
        SignInStage.ENROL));
    return "mfa-enrol";
  }

  @PostMapping("/mfa/enrol")
  String confirm(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
      HttpServletResponse response, HttpSession session, Model model) {
    Optional<SignedInPrincipal> principal = principal(request, response);
    if (principal.isEmpty()) {
      return "redirect:/login?expired";
    }
    if (!(session.getAttribute(PendingTotp.ATTRIBUTE) instanceof PendingTotp secret)) {
      return "redirect:/mfa/enrol";
    }
    Optional<List<String>> codes = enrolment.confirm(principal.get(), secret.secret(), code);
    if (codes.isEmpty()) {
      return "redirect:/mfa/enrol?error";
    }
    session.removeAttribute(PendingTotp.ATTRIBUTE);
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (SignInStage.has(current, SignInStage.ENROL)) {
      completion.complete(current, SignInStage.TOTP_FACTOR, request, response);
    }
    model.addAttribute("codes", codes.get());
    return "recovery-codes";
  }

  private Optional<SignedInPrincipal> principal(HttpServletRequest request, HttpServletResponse response) {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (SignInStage.has(current, SignInStage.COMPLETE)) {
      return Optional.of(SignInStage.principal(current));
    }
    return pending.current(SignInStage.ENROL, request, response).map(SignInStage::principal);
  }
}
