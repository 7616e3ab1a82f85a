package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.PublicRoute;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoint: GET only, renders the static sign-in form; the POST is Spring Security's, with CSRF")
@PublicRoute("The sign-in form; Spring Security handles its POST.")
class SignInController {

  @GetMapping("/login")
  String signIn() {
    return "login";
  }
}
