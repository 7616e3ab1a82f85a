package io.tillid.platform.web;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Whatever arrives over plain HTTP is answered with a permanent redirect to the same path over
 * HTTPS, and nothing else: no page, no API, no cookie is ever served unencrypted.
 */
public final class HttpsRedirectFilter extends OncePerRequestFilter {

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");

  private final IntSupplier httpsPort;
  private final IntSupplier redirectPort;

  /**
   * @param httpsPort the port HTTPS is served on
   * @param redirectPort the local port of the plain HTTP connector; only requests arriving there
   *     are redirected (the management port is plain HTTP on loopback and must not be)
   */
  public HttpsRedirectFilter(IntSupplier httpsPort, IntSupplier redirectPort) {
    this.httpsPort = httpsPort;
    this.redirectPort = redirectPort;
  }

  @Override
  @SuppressFBWarnings(value = "UNVALIDATED_REDIRECT",
      justification = "Redirects to the same host (checked against HOST) and path over HTTPS, the only target there is.")
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.isSecure() || request.getLocalPort() != redirectPort.getAsInt()) {
      chain.doFilter(request, response);
      return;
    }
    int port = httpsPort.getAsInt();
    String host = request.getServerName();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    if (!HOST.matcher(host).matches()) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    StringBuilder location = new StringBuilder("https://").append(host);
    if (port != 443) {
      location.append(':').append(port);
    }
    location.append(request.getRequestURI());
    if (request.getQueryString() != null) {
      location.append('?').append(request.getQueryString());
    }
    response.setStatus(308);
    response.setHeader("Location", location.toString());
    response.setHeader("Connection", "close");
  }
}
