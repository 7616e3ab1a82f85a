package io.tillid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a browser: one cookie jar, forms posted with the page's CSRF token. */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final int port;
  private final String acceptLanguage;
  private final HttpClient client = HttpClient.newBuilder()
      .sslContext(TestTls.clientContext())
      .connectTimeout(Duration.ofSeconds(10))
      .cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();

  public WebSession(int port) {
    this(port, "en");
  }

  public WebSession(int port, String acceptLanguage) {
    this.port = port;
    this.acceptLanguage = acceptLanguage;
  }

  public HttpResponse<String> get(String path) throws Exception {
    return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts the fields with the CSRF token of the form page at {@code formPath}. */
  public HttpResponse<String> submit(String formPath, String postPath, Map<String, String> fields) throws Exception {
    HttpResponse<String> form = get(formPath);
    assertThat(form.statusCode()).as("the form page " + formPath).isEqualTo(200);
    Map<String, String> all = new LinkedHashMap<>();
    all.put("_csrf", csrf(form.body()));
    all.putAll(fields);
    return post(postPath, all);
  }

  public HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return client.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in; the path the sign-in redirects to ("/" on success). */
  public String signIn(String tenant, String email, String password) throws Exception {
    return location(submit("/login", "/login", Map.of("tenant", tenant, "email", email, "password", password)));
  }

  public String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).as("a redirect").isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    String origin = "https://localhost:" + port;
    return location.startsWith(origin) ? location.substring(origin.length()) : location;
  }

  public static String csrf(String html) {
    Matcher matcher = CSRF.matcher(html);
    assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
    return matcher.group(1);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("https://localhost:" + port + path))
        .header("Accept-Language", acceptLanguage);
  }
}
