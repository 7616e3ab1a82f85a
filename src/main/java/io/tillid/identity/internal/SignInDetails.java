package io.tillid.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The sign-in form's organisation field, which selects the tenant (or {@code platform}). */
class SignInDetails extends WebAuthenticationDetails {

  private static final long serialVersionUID = 1L;
  private final String tenantSlug;

  SignInDetails(HttpServletRequest request) {
    super(request);
    String value = request.getParameter("tenant");
    this.tenantSlug = value == null ? "" : value.strip();
  }

  String tenantSlug() {
    return tenantSlug;
  }
}
