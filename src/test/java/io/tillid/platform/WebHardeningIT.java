package io.tillid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** HTTPS, headers, the HTTP redirect and request logs, over the network as a browser sees them. */
@ExtendWith(OutputCaptureExtension.class)
class WebHardeningIT extends IntegrationTest {

  @Autowired
  WebServerApplicationContext context;

  @Test
  void signInPageIsServedOverHttpsWithStrictHeaders() throws Exception {
    HttpResponse<String> response = get("/login");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(response.body()).contains("name=\"password\"", "name=\"_csrf\"");
    var headers = response.headers();
    assertThat(headers.firstValue("Strict-Transport-Security")).hasValueSatisfying(
        v -> assertThat(v).contains("max-age=63072000").contains("includeSubDomains"));
    assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v)
        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval"));
    assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(v -> assertThat(v).contains("camera=()"));
    assertThat(headers.firstValue("Server")).isEmpty();
    assertThat(headers.firstValue("X-Powered-By")).isEmpty();
    assertThat(headers.firstValue("Set-Cookie")).hasValueSatisfying(
        v -> assertThat(v).startsWith("__Host-tillid=").contains("Path=/", "Secure", "HttpOnly", "SameSite")
            .doesNotContainIgnoringCase("Domain="));
  }

  @Test
  void signInPageSpeaksDanish() throws Exception {
    HttpResponse<String> response = https().send(HttpRequest.newBuilder(url("/login"))
        .header("Accept-Language", "da-DK,da;q=0.9").GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.body()).contains("Log ind", "Adgangskode");
  }

  @Test
  void languageCanBeChosenAndOnlyDanishOrEnglish() throws Exception {
    HttpResponse<String> danish = https().send(HttpRequest.newBuilder(url("/login?lang=da")).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> unknown = https().send(HttpRequest.newBuilder(url("/login?lang=xx"))
        .header("Accept-Language", "fr").GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(danish.body()).contains("Log ind");
    assertThat(danish.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("__Host-tillid-lang=da").contains("Secure", "HttpOnly"));
    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(unknown.body()).contains("Sign in");
  }

  @Test
  void plainHttpOnlyRedirectsToHttps() throws Exception {
    int httpPort = redirectConnector().getLocalPort();
    HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> response = plain.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + httpPort + "/api/v1/customers?page=2")).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(308);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("https://localhost:" + httpsPort + "/api/v1/customers?page=2");
    assertThat(response.body()).isEmpty();
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
  }

  @Test
  void oneStructuredLogLinePerRequestWithoutPersonalData(CapturedOutput output) throws Exception {
    HttpResponse<String> response = https().send(HttpRequest.newBuilder(url("/login?email=jane.doe@example.com"))
        .header("X-Request-Id", "test-request-0001").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.headers().firstValue("X-Request-Id")).hasValue("test-request-0001");

    String line = output.getOut().lines().filter(l -> l.contains("\"requestId\":\"test-request-0001\""))
        .filter(l -> l.contains("\"message\":\"request\"")).findFirst().orElseThrow();
    assertThat(line).startsWith("{").contains("\"method\":\"GET\"", "\"route\":\"/login\"", "\"status\":200",
        "\"clientAddress\":\"127.0.0.1\"", "\"latencyMs\":", "\"tenant\":", "\"principal\":");
    assertThat(output.getOut()).doesNotContain("jane.doe@example.com");
  }

  @Test
  void anUnsafeRequestIdIsReplaced() throws Exception {
    HttpResponse<String> response = https().send(HttpRequest.newBuilder(url("/login"))
        .header("X-Request-Id", "evil\"id with spaces").GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.headers().firstValue("X-Request-Id")).hasValueSatisfying(
        v -> assertThat(v).matches("[0-9a-f-]{36}"));
  }

  private Connector redirectConnector() {
    TomcatWebServer server = (TomcatWebServer) context.getWebServer();
    for (Connector connector : server.getTomcat().getService().findConnectors()) {
      if (!connector.getSecure()) {
        return connector;
      }
    }
    throw new AssertionError("no plain HTTP connector");
  }
}
