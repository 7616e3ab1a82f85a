package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The sign-in form's organisation field, which selects the tenant (or {@code platform}). */
class SignInDetails extends WebAuthenticationDetails {

  private static final long serialVersionUID = 1L;
  private final String tenantSlug;

  @SuppressFBWarnings(value = "SERVLET_PARAMETER",
      justification = "Untrusted by design: PasswordSignIn checks it against the slug pattern before any lookup, "
          + "and it is never logged or echoed")
  SignInDetails(HttpServletRequest request) {
    super(request);
    String value = request.getParameter("tenant");
    this.tenantSlug = value == null ? "" : value.strip();
  }

  String tenantSlug() {
    return tenantSlug;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignInDetails that && super.equals(that) && tenantSlug.equals(that.tenantSlug);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), tenantSlug);
  }
}
