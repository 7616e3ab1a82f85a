package io.tillid.identity.internal;

import static io.tillid.identity.internal.ImportFixture.admin;
import static io.tillid.identity.internal.ImportFixture.email;
import static io.tillid.identity.internal.ImportFixture.tenant;
import static io.tillid.identity.internal.ImportFixture.unique;
import static io.tillid.identity.internal.ImportFixture.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.IntegrationTest;
import io.tillid.support.TestTls;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signs in over real HTTPS, as a browser would: CSRF token from the form, session cookie. */
class SignInIT extends IntegrationTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  @Autowired
  ImportProvisioning provisioning;

  private final String slug = unique("signin");
  private final String tenantName = "Sign-In Finans " + slug;
  private final String anna = email();
  private final String adminEmail = email();
  private HttpClient browser;

  @BeforeEach
  void provision() {
    ImportFixture.provision(provisioning, ImportFixture.write(ImportFixture.file(
        List.of(tenant(slug, tenantName, List.of(user(anna, "Anna Berg", "correct horse battery", "analyst")),
            List.of())),
        List.of(admin(adminEmail, "Ops Person", "admin password 1")))));
    browser = HttpClient.newBuilder()
        .sslContext(TestTls.clientContext())
        .connectTimeout(Duration.ofSeconds(10))
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Test
  void signsInAndSeesTheTenantThenSignsOut() throws Exception {
    HttpResponse<String> signedIn = signIn(slug, anna, "correct horse battery");
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(location(signedIn)).isEqualTo("/");

    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains(tenantName).doesNotContain(anna);

    HttpResponse<String> signedOut = post("/logout", Map.of("_csrf", csrf(home.body())));
    assertThat(location(signedOut)).isEqualTo("/login?signedOut");
    assertThat(location(get("/"))).isEqualTo("/login");
  }

  @Test
  void emailIsMatchedWithoutRegardToCase() throws Exception {
    assertThat(location(signIn(slug, anna.toUpperCase(java.util.Locale.ROOT), "correct horse battery"))).isEqualTo("/");
  }

  @Test
  void wrongPasswordUnknownUserAndUnknownTenantFailAlike() throws Exception {
    assertThat(location(signIn(slug, anna, "wrong horse battery"))).isEqualTo("/login?error");
    assertThat(location(signIn(slug, email(), "correct horse battery"))).isEqualTo("/login?error");
    assertThat(location(signIn(unique("nowhere"), anna, "correct horse battery"))).isEqualTo("/login?error");
    assertThat(location(get("/"))).isEqualTo("/login");
  }

  @Test
  void aDisabledUserCannotSignIn() throws Exception {
    jdbc.sql("update app_user set status = 'disabled' where email = ?").param(anna).update();
    assertThat(location(signIn(slug, anna, "correct horse battery"))).isEqualTo("/login?error");
  }

  @Test
  void platformAdminsSignInUnderThePlatformSlug() throws Exception {
    assertThat(location(signIn("platform", adminEmail, "admin password 1"))).isEqualTo("/");
    // staff must enrol MFA before anything else (MfaIT goes on from here)
    assertThat(location(get("/"))).isEqualTo("/mfa/enrol");
    assertThat(location(signIn(slug, adminEmail, "admin password 1"))).isEqualTo("/login?error");
  }

  private HttpResponse<String> signIn(String tenant, String email, String password) throws Exception {
    HttpResponse<String> form = get("/login");
    assertThat(form.statusCode()).isEqualTo(200);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", csrf(form.body()));
    fields.put("tenant", tenant);
    fields.put("email", email);
    fields.put("password", password);
    return post("/login", fields);
  }

  @Override
  protected HttpResponse<String> get(String path) throws Exception {
    return browser.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return browser.send(HttpRequest.newBuilder(url(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(302);
    String location = response.headers().firstValue("Location").orElseThrow();
    String origin = "https://localhost:" + httpsPort;
    return location.startsWith(origin) ? location.substring(origin.length()) : location;
  }

  private static String csrf(String html) {
    Matcher matcher = CSRF.matcher(html);
    assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
    return matcher.group(1);
  }
}
