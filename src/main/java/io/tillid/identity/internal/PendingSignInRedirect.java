package io.tillid.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/** Sends a pending sign-in to the one page it may use; anything else denied stays a 403. */
class PendingSignInRedirect implements AccessDeniedHandler {

  private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, jakarta.servlet.ServletException {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (SignInStage.has(current, SignInStage.SECOND_FACTOR)) {
      response.sendRedirect("/mfa");
    } else if (SignInStage.has(current, SignInStage.ENROL)) {
      response.sendRedirect("/mfa/enrol");
    } else {
      forbidden.handle(request, response, denied);
    }
  }
}
