package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.SignedIn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in: which organisation one is signed in to, and signing out. */
@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoint: GET only, behind authentication (webChain), renders the signed-in tenant's name")
@SignedIn("The start page: names the principal's own organisation only.")
class HomeController {

  private final TenantRepository tenants;
  private final MessageSource messages;

  HomeController(TenantRepository tenants, MessageSource messages) {
    this.tenants = tenants;
    this.messages = messages;
  }

  @GetMapping("/")
  String home(@AuthenticationPrincipal SignedInPrincipal principal, Model model) {
    String tenantName = principal.tenantId().isPlatform()
        ? messages.getMessage("home.platform", null, LocaleContextHolder.getLocale())
        : tenants.findById(principal.tenantId()).map(TenantRow::name).orElse("");
    model.addAttribute("tenantName", tenantName);
    return "home";
  }
}
