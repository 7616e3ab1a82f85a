package io.tillid.platform.web;

import io.tillid.platform.TenantPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every API POST: the first answer (2xx or 4xx) to a key is kept for 24
 * hours per principal and given again, byte for byte, to a retry of the same request, with
 * {@code Idempotency-Replayed: true}, without running it again. The same key with another request is
 * 422; a retry while the first is still running is 409; a server error, or an answer carrying a
 * secret ({@link SecretAnswers}), forgets the key, so a retry runs. Runs after authentication, in the principal's tenant scope.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

  private final IdempotencyStore store;

  IdempotencyFilter(IdempotencyStore store) {
    this.store = store;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
        || !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof TenantPrincipal principal)) {
      chain.doFilter(request, response);
      return;
    }
    String key = request.getHeader(HEADER);
    if (!KEY.matcher(key).matches()) {
      Problems.write(request, response, 400, "The Idempotency-Key header must be 1 to 255 visible ASCII characters.");
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    String hash = hash(request.getRequestURI(), body);
    Optional<IdempotencyStore.Stored> earlier = store.claim(principal, key, hash);
    if (earlier.isPresent()) {
      replay(request, response, earlier.get(), hash);
      return;
    }
    ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(new BufferedRequest(request, body), recorded);
    } finally {
      int status = recorded.getStatus();
      if (status >= 500 || SecretAnswers.marked(request)) {
        store.release(principal, key);
      } else {
        store.complete(principal, key, status, recorded.getContentType(), recorded.getHeader("Location"),
            recorded.getContentAsByteArray());
      }
      recorded.copyBodyToResponse();
    }
  }

  private static void replay(HttpServletRequest request, HttpServletResponse response, IdempotencyStore.Stored earlier,
      String hash) throws IOException {
    if (!MessageDigest.isEqual(earlier.requestHash().getBytes(StandardCharsets.US_ASCII),
        hash.getBytes(StandardCharsets.US_ASCII))) {
      Problems.write(request, response, 422, "The Idempotency-Key was already used with a different request.");
    } else if (earlier.status() == 0) {
      Problems.write(request, response, 409, "A request with this Idempotency-Key is still being processed.");
    } else {
      response.setStatus(earlier.status());
      if (earlier.contentType() != null) {
        response.setContentType(earlier.contentType());
      }
      if (earlier.location() != null && OWN_LOCATION.matcher(earlier.location()).matches()) {
        setLocation(response, earlier.location());
      }
      response.setHeader("Idempotency-Replayed", "true");
      if (earlier.body() != null) {
        response.getOutputStream().write(earlier.body());
      }
    }
  }

  /** The Location headers our API writes: its own paths. */
  private static final Pattern OWN_LOCATION = Pattern.compile("/api/v1/[A-Za-z0-9/_-]{1,500}");

  @edu.umd.cs.findbugs.annotations.SuppressFBWarnings(value = "UNVALIDATED_REDIRECT", justification = "The value is "
      + "the Location this API itself answered the first time (stored server-side, never from the retry), and only "
      + "one of the API's own paths (OWN_LOCATION) is given again.")
  private static void setLocation(HttpServletResponse response, String location) {
    response.setHeader("Location", location);
  }

  private static String hash(String path, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(path.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      return HexFormat.of().formatHex(digest.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The request with its body read once (it is at most the 1 MiB the size limit allows) and given again. */
  private static final class BufferedRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    BufferedRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body.clone();
    }

    @Override
    public ServletInputStream getInputStream() {
      return new BodyStream(new ByteArrayInputStream(body));
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }

  /** A request body served from memory. */
  private static final class BodyStream extends ServletInputStream {

    private final ByteArrayInputStream in;

    BodyStream(ByteArrayInputStream in) {
      this.in = in;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return in.read(buffer, offset, length);
    }

    @Override
    public boolean isFinished() {
      return in.available() == 0;
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setReadListener(ReadListener listener) {
      throw new UnsupportedOperationException("blocking reads only");
    }
  }
}
