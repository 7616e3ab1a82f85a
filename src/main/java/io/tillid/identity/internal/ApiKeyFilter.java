package io.tillid.identity.internal;

import io.tillid.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code X-API-Key} (in the API chain, before the bearer
 * token filter). A refused key is 401 problem+json, one answer for every reason; an address with
 * too many refused keys gets 429 with {@code Retry-After} before its keys are even looked up.
 * A request may carry a key or an access token, not both.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

  static final String HEADER = "X-API-Key";

  private final ApiKeyCheck check;
  private final RateLimits limits;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  ApiKeyFilter(ApiKeyCheck check, RateLimits limits) {
    this.check = check;
    this.limits = limits;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = request.getRemoteAddr();
    long blocked = limits.keyFailuresBlocked(address);
    if (blocked > 0) {
      tooMany(request, response, blocked);
      return;
    }
    if (request.getHeader("Authorization") != null) {
      Problems.write(request, response, 400, "Send either an X-API-Key or an Authorization header, not both.");
      return;
    }
    ApiKeyCheck.Outcome outcome = check.check(request.getHeader(HEADER), address);
    if (outcome.principal() == null) {
      RateLimitBuckets.Decision decision = limits.keyFailed(address);
      if (!decision.allowed()) {
        tooMany(request, response, decision.secondsToWait());
        return;
      }
      response.setHeader("WWW-Authenticate", "ApiKey");
      Problems.write(request, response, 401, "The API key is invalid, expired, revoked or not allowed from here.");
      return;
    }
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(new ApiAuthentication(outcome.principal()));
    contexts.setContext(context);
    chain.doFilter(request, response);
  }

  static void tooMany(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
    response.setHeader("Retry-After", String.valueOf(seconds));
    Problems.write(request, response, 429, "Too many requests; retry after " + seconds + " seconds.");
  }
}
