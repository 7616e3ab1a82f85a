package io.tillid.identity.internal;

import io.tillid.platform.TenantPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits: after authentication, every API request takes a token from its key's or client's
 * bucket and its address's; before authentication, every {@code /oauth2/token} request takes one
 * from its address's. An empty bucket answers 429 problem+json with {@code Retry-After}.
 */
final class RateLimitFilter extends OncePerRequestFilter {

  private final RateLimits limits;

  RateLimitFilter(RateLimits limits) {
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RateLimitBuckets.Decision decision = null;
    if (request.getRequestURI().startsWith("/oauth2/token")) {
      decision = limits.tokenRequest(request.getRemoteAddr());
    } else {
      Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
      if (authentication != null && authentication.getPrincipal() instanceof TenantPrincipal principal) {
        decision = limits.apiRequest(principal, request.getRemoteAddr());
      }
    }
    if (decision != null && !decision.allowed()) {
      ApiKeyFilter.tooMany(request, response, decision.secondsToWait());
      return;
    }
    chain.doFilter(request, response);
  }
}
