package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.TestTls;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One browser-like HTTPS client: its own cookies (so its own session), CSRF from the forms. */
final class GuardWebClient {

  static final String COOKIE = "__Host-tillid";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private String lastRequestId;

  GuardWebClient(int port) {
    this.port = port;
    this.client = HttpClient.newBuilder().sslContext(TestTls.clientContext()).connectTimeout(Duration.ofSeconds(10))
        .cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** GETs the form, then posts it; returns the POST's response. */
  HttpResponse<String> signIn(String tenant, String email, String password) throws Exception {
    String csrf = csrf(get("/login").body());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", csrf);
    fields.put("tenant", tenant);
    fields.put("email", email);
    fields.put("password", password);
    return post("/login", fields);
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The X-Request-Id of the last request, which audit entries carry. */
  String lastRequestId() {
    return lastRequestId;
  }

  private HttpRequest.Builder request(String path) {
    lastRequestId = "it-" + UUID.randomUUID();
    return HttpRequest.newBuilder(URI.create("https://localhost:" + port + path)).header("X-Request-Id", lastRequestId);
  }

  String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    String origin = "https://localhost:" + port;
    return location.startsWith(origin) ? location.substring(origin.length()) : location;
  }

  /** The session cookie's value, or null. */
  String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(COOKIE))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  /** The session id the cookie carries (Spring Session encodes it in Base64). */
  String sessionId() {
    return new String(Base64.getDecoder().decode(sessionCookie()), StandardCharsets.UTF_8);
  }

  static String csrf(String html) {
    Matcher matcher = CSRF.matcher(html);
    assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
    return matcher.group(1);
  }
}
