package io.tillid.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code application/problem+json} where Spring MVC is not involved (filters, the error
 * endpoint). Details are fixed texts chosen by the caller, never the request's input.
 */
public final class Problems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  public static ProblemDetail detail(HttpStatus status, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    String requestId = request == null ? null : RequestLogFilter.currentRequestId(request);
    // The instance names this occurrence by request id; left empty, Spring would fill in the
    // request path, which may carry input.
    problem.setInstance(URI.create("urn:tillid:request:" + (requestId == null ? "unknown" : requestId)));
    if (requestId != null) {
      problem.setProperty("requestId", requestId);
    }
    return problem;
  }

  public static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail)
      throws IOException {
    HttpStatus resolved = HttpStatus.resolve(status);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", resolved == null ? "Error" : resolved.getReasonPhrase());
    body.put("status", status);
    body.put("detail", detail);
    String requestId = RequestLogFilter.currentRequestId(request);
    if (requestId != null) {
      body.put("requestId", requestId);
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
    response.flushBuffer();
  }

  /** True for requests that expect machine-readable errors: the API, token endpoints, JSON clients. */
  public static boolean wantsProblemJson(HttpServletRequest request, String path) {
    if (path != null && (path.startsWith("/api/") || path.equals("/api") || path.startsWith("/oauth2/"))) {
      return true;
    }
    String accept = request.getHeader("Accept");
    return accept != null && (accept.contains("application/json") || accept.contains("application/problem+json"))
        && !accept.contains("text/html");
  }
}
