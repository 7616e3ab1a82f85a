package io.tillid.customers.internal.registry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a registry's failures reach the use case: a domain exception with a fixed message. */
class RegistryClientTest {

  static WireMockServer server;
  static RegistryClient client;

  @BeforeAll
  static void start() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    client = RegistryFixtures.client(server, "gleif", null, null,
        new RegistryTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void aSlowRegistryTimesOut() {
    server.stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(3000)));
    long start = System.nanoTime();
    assertThatThrownBy(() -> client.get("/slow")).isInstanceOfSatisfying(RegistryFailure.class,
        f -> assertThat(f.reason()).isEqualTo(RegistryFailure.Reason.NO_ANSWER))
        .hasMessage("The registry 'gleif' did not answer.");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aServerErrorIsAnUnexpectedResponseWithoutItsBody() {
    server.stubFor(get("/broken").willReturn(serverError().withBody("secret internal detail 41774037")));
    assertThatThrownBy(() -> client.get("/broken")).isInstanceOfSatisfying(RegistryFailure.class,
        f -> assertThat(f.reason()).isEqualTo(RegistryFailure.Reason.UNEXPECTED_RESPONSE))
        .hasMessage("The registry 'gleif' gave an unexpected response.");
  }

  @Test
  void notFoundIsEmpty() {
    server.stubFor(get("/missing").willReturn(aResponse().withStatus(404)));
    assertThat(client.get("/missing")).isEmpty();
  }

  @Test
  void notJsonIsUnexpected() {
    server.stubFor(get("/html").willReturn(aResponse().withStatus(200).withBody("<html>maintenance</html>")));
    assertThatThrownBy(() -> client.get("/html")).isInstanceOf(RegistryFailure.class)
        .hasMessage("The registry 'gleif' gave an unexpected response.");
  }

  @Test
  void aBrokenConnectionAndAClosedPortAreNoAnswer() throws Exception {
    server.stubFor(get("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> client.get("/reset")).isInstanceOfSatisfying(RegistryFailure.class,
        f -> assertThat(f.reason()).isEqualTo(RegistryFailure.Reason.NO_ANSWER));
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    RegistryClient nowhere = new RegistryClient("cvr", URI.create("http://127.0.0.1:" + closed),
        RegistryFixtures.quick(), "u", "p");
    assertThatThrownBy(() -> nowhere.get("/x")).isInstanceOfSatisfying(RegistryFailure.class,
        f -> assertThat(f.reason()).isEqualTo(RegistryFailure.Reason.NO_ANSWER));
  }

  @Test
  void redirectsAreNotFollowed() {
    server.stubFor(get("/moved").willReturn(aResponse().withStatus(302).withHeader("Location", "http://elsewhere.example/")));
    assertThatThrownBy(() -> client.get("/moved")).isInstanceOf(RegistryFailure.class);
  }
}
