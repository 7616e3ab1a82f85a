package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.TestTls;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTPS client that fills in CSRF tokens from forms, as a browser would. */
public final class WebClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final int port;
  private final HttpClient http = HttpClient.newBuilder()
      .sslContext(TestTls.clientContext())
      .connectTimeout(Duration.ofSeconds(10))
      .cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  public WebClient(int port) {
    this.port = port;
  }

  public HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in with a password; returns where the server sends the browser next. */
  public String signIn(String tenant, String email, String password) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("tenant", tenant);
    fields.put("email", email);
    fields.put("password", password);
    return location(submit("/login", "/login", fields));
  }

  /** Posts a form found on {@code page} (for its CSRF token) to {@code action}. */
  public HttpResponse<String> submit(String page, String action, Map<String, String> fields) throws Exception {
    HttpResponse<String> form = get(page);
    assertThat(form.statusCode()).as("GET " + page).isEqualTo(200);
    Map<String, String> all = new LinkedHashMap<>();
    all.put("_csrf", csrf(form.body()));
    all.putAll(fields);
    String body = all.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(url(action))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts a form found on {@code page} (for its CSRF token) to {@code action}, with fields given as
   * name-value pairs, so that a name may repeat (checkboxes).
   */
  public HttpResponse<String> submitPairs(String page, String action, List<String[]> fields) throws Exception {
    HttpResponse<String> form = get(page);
    assertThat(form.statusCode()).as("GET " + page).isEqualTo(200);
    List<String[]> all = new ArrayList<>();
    all.add(new String[] {"_csrf", csrf(form.body())});
    all.addAll(fields);
    String body = all.stream()
        .map(e -> URLEncoder.encode(e[0], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e[1], StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return http.send(HttpRequest.newBuilder(url(action))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts JSON with the session's cookies (and no CSRF token: the API must not take cookies at all). */
  public HttpResponse<String> postJson(String path, String json) throws Exception {
    return http.send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  public String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).as("a redirect").isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    String origin = "https://localhost:" + port;
    return location.startsWith(origin) ? location.substring(origin.length()) : location;
  }

  private URI url(String path) {
    return URI.create("https://localhost:" + port + path);
  }

  private static String csrf(String html) {
    Matcher matcher = CSRF.matcher(html);
    assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
    return matcher.group(1);
  }
}
