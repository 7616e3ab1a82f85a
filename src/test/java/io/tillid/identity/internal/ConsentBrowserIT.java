package io.tillid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.sun.net.httpserver.HttpServer;
import io.tillid.platform.TenantId;
import io.tillid.support.BrowserTest;
import io.tillid.support.TestPrincipal;
import io.tillid.support.TestUsers;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The consent page in a real browser: an application's authorization request leads through
 * sign-in to the consent page, and allowing sends the browser on to the application (a real HTTP
 * server on loopback, as a native app would run) with a code, which the page's content security
 * policy must let its form reach.
 */
class ConsentBrowserIT extends BrowserTest {

  @Autowired
  ApplicationContext context;

  @Autowired
  ApplicationRegistration registration;

  private HttpServer application;
  private final CompletableFuture<String> callback = new CompletableFuture<>();

  @BeforeEach
  void startApplication() throws Exception {
    application = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    application.createContext("/callback", exchange -> {
      callback.complete(exchange.getRequestURI().getRawQuery());
      byte[] body = "<html><body><p id=\"done\">Connected</p></body></html>".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    application.start();
  }

  @AfterEach
  void stopApplication() {
    application.stop(0);
  }

  @Test
  void theUserSignsInConsentsAndTheApplicationGetsACode() throws Exception {
    TestUsers.Created user = TestUsers.create(context, "analyst");
    TenantId tenant = new TenantId(tenantIdOf(user));
    URI redirect = URI.create("http://127.0.0.1:" + application.getAddress().getPort() + "/callback");
    String clientId = "browser-app-" + UUID.randomUUID().toString().substring(0, 6);
    registration.register(new TestPrincipal(tenant, "user:" + UUID.randomUUID()), clientId, ClientType.PUBLIC,
        List.of(redirect.toString()), List.of("customers.read", "cases.approve"));
    State state = new State();
    URI asked = new AuthorizationRequest.Builder(new ResponseType(ResponseType.Value.CODE), new ClientID(clientId))
        .redirectionURI(redirect).scope(new Scope("customers.read", "cases.approve")).state(state)
        .codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256)
        .endpointURI(URI.create("https://localhost:" + httpsPort + "/oauth2/authorize")).build().toURI();

    open(asked.getRawPath() + "?" + asked.getRawQuery());
    waitFor(By.name("email"));
    type("tenant", user.tenantSlug());
    type("email", user.email());
    type("password", user.password());
    clickAndLoad(browser.findElement(By.cssSelector("button[type=submit]")));

    waitFor(By.id("consent-submit"));
    assertThat(path()).isEqualTo(ConsentController.PATH);
    String page = browser.findElement(By.tagName("main")).getText();
    assertThat(page).contains(clientId).contains("See customers").contains("Approve cases");
    assertThat(browser.findElements(By.cssSelector("#consent-allow input[name=scope]"))).hasSize(1);
    screenshot("consent-page");

    browser.findElement(By.id("consent-submit")).click();
    String query = callback.get(30, TimeUnit.SECONDS);
    AuthorizationResponse response = AuthorizationResponse.parse(URI.create(redirect + "?" + query));
    assertThat(response.indicatesSuccess()).as(query).isTrue();
    assertThat(response.getState()).isEqualTo(state);
    assertThat(waitFor(By.id("done")).getText()).isEqualTo("Connected");

    open(ConnectedApplicationsController.PATH);
    assertThat(waitFor(By.tagName("main")).getText()).contains(clientId).contains("See customers");
  }

}
