package io.tillid;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.TestTls;
import io.tillid.support.TillidProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public launcher contract, run as a separate process exactly as an operator runs it. */
class LauncherIT {

  @TempDir
  Path data;

  @Test
  void startWithoutConfigurationExits2WithOneLine() throws Exception {
    TillidProcess.Result result = TillidProcess.run(Map.of(), "start");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).isEqualTo("tillid: TILLID_DB_URL is not set");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void startWithAnInsecureDatabaseUrlExits2() throws Exception {
    TillidProcess.Result result = TillidProcess.run(Map.of(
        "TILLID_DB_URL", "jdbc:postgresql://db.example.net/tillid", "TILLID_DB_USERNAME", "tillid",
        "TILLID_DB_PASSWORD", "x"), "start");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).startsWith("tillid: TILLID_DB_URL names a remote database without TLS")
        .doesNotContain("\n");
  }

  @Test
  void unknownCommandsAndMissingArgumentsExit2WithOneLine() throws Exception {
    TillidProcess.Result unknown = TillidProcess.run(Map.of(), "frobnicate");
    TillidProcess.Result none = TillidProcess.run(Map.of());

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err().strip()).isEqualTo(
        "tillid: unknown command 'frobnicate'; 'tillid help' lists the commands");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("usage: tillid COMMAND");
  }

  @Test
  void startDevServesTheSignInPageOverHttpsAndIsReady() throws Exception {
    int https = TillidProcess.freePort();
    int http = TillidProcess.freePort();
    int management = TillidProcess.freePort();
    Map<String, String> env = Map.of("TILLID_DATA_DIR", data.toString(), "TILLID_HTTPS_PORT", "" + https,
        "TILLID_HTTP_PORT", "" + http, "TILLID_MANAGEMENT_PORT", "" + management);

    try (TillidProcess server = TillidProcess.start(env, "start-dev")) {
      HttpClient plain = HttpClient.newHttpClient();
      server.awaitOk(plain, "http://127.0.0.1:" + management + "/health/ready", Duration.ofMinutes(3));

      HttpClient client = HttpClient.newBuilder()
          .sslContext(TestTls.clientContext(data.resolve("tls/dev-cert.pem"))).build();
      HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(
          URI.create("https://localhost:" + https + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(signIn.statusCode()).isEqualTo(200);
      assertThat(signIn.body()).contains("name=\"password\"");
      assertThat(signIn.headers().firstValue("Strict-Transport-Security")).isPresent();

      HttpResponse<String> redirect = plain.send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + http + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(redirect.statusCode()).isEqualTo(308);

      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("tls/dev-key.pem"))))
          .isEqualTo("rw-------");
      assertThat(data.resolve("keys/master-key.json")).isRegularFile();
      assertThat(data.resolve("db")).isDirectory();

      int exit = server.stop();
      assertThat(exit).as("graceful shutdown on SIGTERM").isIn(0, 143);
      assertThat(server.result().out()).contains("\"message\":\"request\"");
    }
  }
}
