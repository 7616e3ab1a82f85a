package io.tillid.support;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of integration tests: the whole application in production mode on a free HTTPS port chosen once,
 * on the real PostgreSQL test database. All subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("serve")
public abstract class IntegrationTest {

  /** The HTTPS port of the test JVM's server, chosen free once, so the public URL can name it. */
  private static final int HTTPS_PORT = freePort();

  @LocalServerPort
  protected int httpsPort;

  /**
   * The database as its administrator sees it (the login superuser, no tenant scope, no row-level
   * security), for inspecting and arranging tables around the application; the application itself
   * works as tillid_app and sees only the rows of the current tenant scope.
   */
  protected final JdbcClient jdbc = TestDatabase.dba();

  @DynamicPropertySource
  static void tillidProperties(DynamicPropertyRegistry registry) {
    registry.add("tillid.mode", () -> "production");
    registry.add("tillid.db.url", TestDatabase::url);
    registry.add("tillid.db.username", TestDatabase::user);
    registry.add("tillid.db.password", TestDatabase::password);
    registry.add("tillid.tls.certificate", () -> TestTls.files().certificate().toString());
    registry.add("tillid.tls.private-key", () -> TestTls.files().privateKey().toString());
    registry.add("tillid.master-key-uri", MasterKeys::uri);
    registry.add("tillid.web.http-port", () -> "0");
    registry.add("tillid.web.management-port", () -> "0");
    registry.add("server.port", () -> HTTPS_PORT);
    // links in mail and the passkey origin name the test server itself
    registry.add("tillid.public-url", () -> "https://localhost:" + HTTPS_PORT);
    registry.add("tillid.mail.mode", () -> "smtp");
    // the review reminder round runs only when a test calls it (ReviewRemindersIT)
    registry.add("tillid.reviews.reminders.cron", () -> "-");
    registry.add("tillid.mail.from", () -> "tillid@test.example");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> TestMail.server().getSmtp().getPort());
    // every test signs in from 127.0.0.1: the per-address throttle (20 failures in 10 minutes in
    // production) would soon refuse them all; SignInGuardIT tests the throttle itself
    registry.add("tillid.sign-in.address-failure-limit", () -> "100000");
    // likewise the API rate limits: every test calls from 127.0.0.1, and some call often with one
    // client (ApiKeysIT sets a tenant's own limit, RateLimitsIT uses limits of its own)
    registry.add("tillid.api.rate-limit.per-principal", () -> "100000");
    registry.add("tillid.api.rate-limit.token-per-address", () -> "100000");
    registry.add("tillid.api.rate-limit.failed-keys-per-address", () -> "100000");
    registry.add("tillid.api.rate-limit.per-address", () -> "100000");
    // ongoing screening monitoring runs only when a test triggers it (ListMonitoring)
    registry.add("tillid.screening.monitoring.poll", () -> "3650d");
    registry.add("tillid.screening.monitoring.full-rescreen-cron", () -> "-");
    // the company registries are WireMock serving recorded answers (RegistryStubs); nothing calls them
    registry.add("tillid.registries.read-timeout", () -> "3s");
    registry.add("tillid.registries.cvr.enabled", () -> "true");
    registry.add("tillid.registries.cvr.url", RegistryStubs::url);
    registry.add("tillid.registries.cvr.username", () -> RegistryStubs.CVR_USER);
    registry.add("tillid.registries.cvr.password", () -> RegistryStubs.CVR_PASSWORD);
    registry.add("tillid.registries.gleif.enabled", () -> "true");
    registry.add("tillid.registries.gleif.url", RegistryStubs::url);
    registry.add("tillid.registries.companies-house.enabled", () -> "true");
    registry.add("tillid.registries.companies-house.url", RegistryStubs::url);
    registry.add("tillid.registries.companies-house.api-key", () -> RegistryStubs.COMPANIES_HOUSE_KEY);
    // webhook receivers in the tests listen on 127.0.0.1 over plain HTTP; retries come quickly
    // (EndpointPolicyTest and WebhookSenderTest test the refusal with the setting off)
    registry.add("tillid.webhooks.allow-private-addresses", () -> "true");
    registry.add("tillid.webhooks.first-retry-delay", () -> "200ms");
    registry.add("tillid.webhooks.max-retry-delay", () -> "1s");
    registry.add("tillid.webhooks.poll-interval", () -> "200ms");
  }

  /** The SMTP server every integration test's mail goes to (GreenMail, real SMTP on loopback). */
  protected GreenMail mail() {
    return TestMail.server();
  }

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  protected HttpClient https() {
    return HttpClient.newBuilder()
        .sslContext(TestTls.clientContext())
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  protected URI url(String path) {
    return URI.create("https://localhost:" + httpsPort + path);
  }

  protected HttpResponse<String> get(String path) throws Exception {
    return https().send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The id of the tenant the user was made in. */
  protected UUID tenantIdOf(TestUsers.Created user) {
    return jdbc.sql("select id from tenant where slug = ?").param(user.tenantSlug()).query(UUID.class).single();
  }

  /** The user's id. */
  protected UUID userIdOf(TestUsers.Created user) {
    return jdbc.sql("select id from app_user where email = ?").param(user.email()).query(UUID.class).single();
  }

  /** A web client signed in as the user (password only; the user has no second factor). */
  protected io.tillid.identity.internal.WebClient signedIn(TestUsers.Created user) throws Exception {
    io.tillid.identity.internal.WebClient web = new io.tillid.identity.internal.WebClient(httpsPort);
    org.assertj.core.api.Assertions.assertThat(web.signIn(user.tenantSlug(), user.email(), user.password()))
        .isEqualTo("/");
    return web;
  }
}
