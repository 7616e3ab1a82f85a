package io.tillid.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;

/** The current pending sign-in of a stage; one that has outlived its time is signed out. */
@Component
class PendingSignIns {

  private final Clock clock;

  PendingSignIns(Clock clock) {
    this.clock = clock;
  }

  Optional<Authentication> current(String stage, HttpServletRequest request, HttpServletResponse response) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!SignInStage.has(authentication, stage)) {
      return Optional.empty();
    }
    if (SignInStage.expired(authentication, clock.instant())) {
      new SecurityContextLogoutHandler().logout(request, response, authentication);
      return Optional.empty();
    }
    return Optional.of(authentication);
  }
}
