package io.tillid.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute session lifetime: Spring Session expires idle sessions (30 minutes), but not busy
 * ones. A session older than 12 hours since it was created is invalidated whatever its activity,
 * and the request goes to the sign-in page. Runs right after Spring Session's filter, before
 * Spring Security reads the session.
 */
@Component
@ConditionalOnWebApplication
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class SessionLifetimeFilter extends OncePerRequestFilter {

  static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);

  private final Clock clock;

  SessionLifetimeFilter(Clock clock) {
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && clock.millis() - session.getCreationTime() >= ABSOLUTE_LIFETIME.toMillis()) {
      session.invalidate();
      response.sendRedirect("/login?expired"); // fixed target, never from the request
      return;
    }
    chain.doFilter(request, response);
  }
}
