package io.tillid.platform.web;

import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.TenantScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs inside the security chain once the principal is known, and notes its tenant and id for the
 * request log (which runs outside the chain, after the security context is gone). The rest of the
 * request runs in the principal's {@link TenantScope}, so every query it makes is confined to that
 * tenant by row-level security as well.
 */
public final class PrincipalRecorder extends OncePerRequestFilter {

  static final String TENANT = "tillid.log.tenant";
  static final String PRINCIPAL = "tillid.log.principal";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal) {
      request.setAttribute(TENANT, principal.tenantId().toString());
      request.setAttribute(PRINCIPAL, principal.principalId());
      MDC.put("tenant", principal.tenantId().toString());
      MDC.put("principal", principal.principalId());
      try (TenantScope.Entered scope = TenantScope.enter(principal.tenantId())) {
        chain.doFilter(request, response);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
