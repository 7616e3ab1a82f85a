package io.tillid.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Marks the current API request's answer as carrying a secret shown once (a signing secret): the
 * Idempotency-Key store never keeps such an answer, so its key is forgotten and a retry runs again.
 */
public final class SecretAnswers {

  private static final String ATTRIBUTE = SecretAnswers.class.getName() + ".secret";

  private SecretAnswers() {}

  /** Marks the answer to the request being handled on this thread. */
  public static void markCurrentRequest() {
    RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, Boolean.TRUE,
        RequestAttributes.SCOPE_REQUEST);
  }

  static boolean marked(HttpServletRequest request) {
    return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
  }
}
