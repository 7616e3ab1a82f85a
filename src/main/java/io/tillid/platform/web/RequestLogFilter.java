package io.tillid.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One structured log line per request: request id, tenant, principal, client address, method,
 * route, status and latency. The route is the matched pattern (such as
 * {@code /api/v1/customers/{id}}), never the raw path or query, which may carry personal data.
 */
public final class RequestLogFilter extends OncePerRequestFilter {

  public static final String REQUEST_ID_HEADER = "X-Request-Id";
  static final String REQUEST_ID_ATTRIBUTE = "tillid.requestId";
  private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
  private static final Set<String> FILTER_ROUTES = Set.of("/login", "/logout", "/oauth2/token",
      "/oauth2/revoke", "/oauth2/introspect", "/oauth2/jwks");
  private static final Logger LOG = LoggerFactory.getLogger("io.tillid.request");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long started = System.nanoTime();
    String requestId = requestId(request.getHeader(REQUEST_ID_HEADER));
    request.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
    response.setHeader(REQUEST_ID_HEADER, requestId);
    MDC.put("requestId", requestId);
    try {
      chain.doFilter(request, response);
    } finally {
      long latencyMicros = (System.nanoTime() - started) / 1_000;
      // The request line carries these as its own fields; the MDC must not repeat them.
      MDC.remove("requestId");
      MDC.remove("tenant");
      MDC.remove("principal");
      LOG.atInfo().setMessage("request")
          .addKeyValue("requestId", requestId)
          .addKeyValue("tenant", attribute(request, PrincipalRecorder.TENANT))
          .addKeyValue("principal", attribute(request, PrincipalRecorder.PRINCIPAL))
          .addKeyValue("clientAddress", request.getRemoteAddr())
          .addKeyValue("method", safeMethod(request.getMethod()))
          .addKeyValue("route", route(request))
          .addKeyValue("status", response.getStatus())
          .addKeyValue("latencyMs", latencyMicros / 1000.0)
          .addKeyValue("secure", request.isSecure())
          .log();
    }
  }

  /** The request id of the current request, for error bodies. */
  public static String currentRequestId(HttpServletRequest request) {
    Object id = request.getAttribute(REQUEST_ID_ATTRIBUTE);
    return id == null ? null : id.toString();
  }

  static String requestId(String offered) {
    if (offered != null && SAFE_REQUEST_ID.matcher(offered).matches()) {
      return offered;
    }
    return UUID.randomUUID().toString();
  }

  private static String attribute(HttpServletRequest request, String name) {
    Object value = request.getAttribute(name);
    return value == null ? "-" : value.toString();
  }

  private static String safeMethod(String method) {
    return method != null && method.matches("[A-Z]{1,10}") ? method : "OTHER";
  }

  private static String route(HttpServletRequest request) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    if (pattern != null) {
      return pattern.toString();
    }
    // Answered by a filter (sign-in, sign-out, token endpoint) rather than a controller: these
    // fixed paths are safe to name; anything else stays anonymous.
    String path = request.getRequestURI();
    return FILTER_ROUTES.contains(path) ? path : "unmatched";
  }
}
