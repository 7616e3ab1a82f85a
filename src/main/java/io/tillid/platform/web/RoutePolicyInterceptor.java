package io.tillid.platform.web;

import io.tillid.platform.PermissionChecker;
import io.tillid.platform.SignInStatus;
import io.tillid.platform.TenantPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Enforces every controller route's declared {@link RoutePolicy} before the handler runs. A
 * denial is one structured log line (principal id, route pattern, what was required, why; never
 * personal data) and a 403: problem+json for API clients, the error page for browsers.
 */
final class RoutePolicyInterceptor implements HandlerInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(RoutePolicyInterceptor.class);

  private final SignInStatus signInStatus;
  private final PermissionChecker permissions;

  RoutePolicyInterceptor(SignInStatus signInStatus, PermissionChecker permissions) {
    this.signInStatus = signInStatus;
    this.permissions = permissions;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (!(handler instanceof HandlerMethod method)) {
      return true; // static resources: no controller, nothing tenant-owned
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    Optional<TenantPrincipal> signedIn = signInStatus.fullySignedIn(authentication);
    RoutePolicy.Decision decision = RoutePolicy.decide(method, signedIn, permissions);
    if (decision.allowed()) {
      return true;
    }
    String route = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
    // principalId, not principal: the MDC already carries "principal" for signed-in requests
    LOG.atWarn().setMessage("access denied")
        .addKeyValue("principalId", principalId(authentication))
        .addKeyValue("route", route)
        .addKeyValue("required", decision.required())
        .addKeyValue("reason", decision.reason())
        .log();
    if (Problems.wantsProblemJson(request, request.getRequestURI())) {
      Problems.write(request, response, 403, "This action is not permitted.");
    } else {
      response.sendError(403);
    }
    return false;
  }

  private static String principalId(Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal
        ? principal.principalId() : "anonymous";
  }
}
