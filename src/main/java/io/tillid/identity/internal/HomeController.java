package io.tillid.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.SignedIn;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after sign-in: which organisation one is signed in to, and signing out. Where a
 * complete sign-in lands, so an application's authorization request waiting for it resumes here.
 */
@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoint: GET only, behind authentication (webChain), renders the signed-in tenant's name")
@SignedIn("The start page: names the principal's own organisation only.")
class HomeController {

  private final TenantRepository tenants;
  private final MessageSource messages;
  private final RequestCache savedRequests = new HttpSessionRequestCache();

  HomeController(TenantRepository tenants, MessageSource messages) {
    this.tenants = tenants;
    this.messages = messages;
  }

  @GetMapping("/")
  String home(@AuthenticationPrincipal SignedInPrincipal principal, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    Optional<String> authorization = pendingAuthorization(request, response);
    if (authorization.isPresent()) {
      return "redirect:" + authorization.get();
    }
    String tenantName = principal.tenantId().isPlatform()
        ? messages.getMessage("home.platform", null, LocaleContextHolder.getLocale())
        : tenants.findById(principal.tenantId()).map(TenantRow::name).orElse("");
    model.addAttribute("tenantName", tenantName);
    return "home";
  }

  /**
   * An application's authorization request that sent the browser to sign in, now resumed (once):
   * only that endpoint, and only as a path on this server, never a URL the request named.
   */
  private Optional<String> pendingAuthorization(HttpServletRequest request, HttpServletResponse response) {
    SavedRequest saved = savedRequests.getRequest(request, response);
    if (saved instanceof DefaultSavedRequest pending
        && WebSecurityConfiguration.AUTHORIZE.equals(pending.getRequestURI())
        && "GET".equals(pending.getMethod())) {
      savedRequests.removeRequest(request, response);
      String query = pending.getQueryString();
      return Optional.of(WebSecurityConfiguration.AUTHORIZE + (query == null ? "" : "?" + query));
    }
    return Optional.empty();
  }
}
