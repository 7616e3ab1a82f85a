package io.tillid.platform.web;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.PublicRoute;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors raised outside Spring MVC's handlers (filters, the container): problem+json for API
 * clients, a plain page for browsers. Neither shows a stack trace, an exception message or input.
 */
@Controller
@PublicRoute("Renders an error without input or stack trace; failed requests of every kind land here.")
public class ErrorEndpoint implements ErrorController {

  @SuppressFBWarnings(value = "SPRING_CSRF_UNRESTRICTED_REQUEST_MAPPING",
      justification = "The container forwards failed requests of every method here; it only renders an error.")
  @RequestMapping("/error")
  public String error(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
    int status = status(request);
    Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (Problems.wantsProblemJson(request, path == null ? null : path.toString())) {
      Problems.write(request, response, status, ProblemHandler.safeDetail(HttpStatus.valueOf(status)));
      return null;
    }
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("requestId", RequestLogFilter.currentRequestId(request));
    return "error";
  }

  private static int status(HttpServletRequest request) {
    Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    for (Object current = error; current instanceof Throwable t; current = t.getCause() == t ? null : t.getCause()) {
      if (current instanceof RequestSizeLimitFilter.PayloadTooLargeException) {
        return 413;
      }
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code instanceof Integer value && HttpStatus.resolve(value) != null && value >= 400) {
      return value;
    }
    return 500;
  }
}
