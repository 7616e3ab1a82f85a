package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.PublicRoute;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot password?": whatever was entered, the answer is the same page after the same least
 * time, so it cannot tell whether the account exists.
 */
@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoint: anonymous by design, CSRF "
    + "protected, always the same answer; input is checked against patterns and never echoed or logged")
@PublicRoute("Asks for a reset mail; answers the same whether the account exists or not.")
class ForgotPasswordController {

  /** Longer than any lookup, token and audit entry take, so both paths answer alike. */
  static final Duration LEAST_TIME = Duration.ofMillis(400);

  private final PasswordResetRequests requests;

  ForgotPasswordController(PasswordResetRequests requests) {
    this.requests = requests;
  }

  @GetMapping("/password/forgot")
  String form() {
    return "password-forgot";
  }

  @PostMapping("/password/forgot")
  String request(@RequestParam(name = "tenant", defaultValue = "") String tenant,
      @RequestParam(name = "email", defaultValue = "") String email, Locale locale) throws InterruptedException {
    long started = System.nanoTime();
    if (tenant.length() <= 63 && email.length() <= EmailAddresses.MAX_LENGTH) {
      requests.request(tenant, email, locale);
    }
    long left = LEAST_TIME.toNanos() - (System.nanoTime() - started);
    if (left > 0) {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    }
    return "redirect:/password/forgot?sent";
  }
}
