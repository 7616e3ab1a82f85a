package io.tillid;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.platform.launch.DevCertificate;
import io.tillid.platform.launch.TlsFiles;
import io.tillid.support.MasterKeys;
import io.tillid.support.TestDatabase;
import io.tillid.support.TestTls;
import io.tillid.support.TillidProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./tillid start --import FILE} in production mode on the real PostgreSQL, as a separate
 * process: a bad file stops it before it serves and writes nothing; a good one is imported, then
 * it serves HTTPS, and importing the same file again changes nothing.
 */
class ProductionStartIT {

  @TempDir
  Path dir;

  private Map<String, String> env;
  private TlsFiles tls;
  private int https;
  private int management;

  @BeforeEach
  void productionEnvironment() throws Exception {
    tls = DevCertificate.ensure(dir.resolve("tls"));
    https = TillidProcess.freePort();
    management = TillidProcess.freePort();
    env = new HashMap<>(Map.of(
        "TILLID_DB_URL", TestDatabase.url(),
        "TILLID_DB_USERNAME", TestDatabase.user(),
        "TILLID_DB_PASSWORD", TestDatabase.password(),
        "TILLID_TLS_CERT", tls.certificate().toString(),
        "TILLID_TLS_KEY", tls.privateKey().toString(),
        "TILLID_MASTER_KEY_URI", MasterKeys.uri(),
        "TILLID_HTTPS_PORT", "" + https,
        "TILLID_HTTP_PORT", "" + TillidProcess.freePort(),
        "TILLID_MANAGEMENT_PORT", "" + management));
  }

  @Test
  void aBadImportFileStopsTheStartAndWritesNothing() throws Exception {
    String slug = slug();
    Path file = importFile(slug, "not-an-e-mail-address");

    TillidProcess.Result result = TillidProcess.run(env, "start", "--import", file.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).isEqualTo(
        "import: tenants[0].users[0].email is not a valid e-mail address; nothing was imported")
        .doesNotContain("not-an-e-mail-address").doesNotContain("\n");
    assertThat(tenantCount(slug)).isZero();
  }

  @Test
  void importsThenServesOverHttpsAndReimportingChangesNothing() throws Exception {
    String slug = slug();
    Path file = importFile(slug, "anna@" + slug + ".example");

    try (TillidProcess server = TillidProcess.start(env, "start", "--import", file.toString())) {
      server.awaitOk(HttpClient.newHttpClient(), "http://127.0.0.1:" + management + "/health/ready",
          Duration.ofMinutes(3));
      HttpClient client = HttpClient.newBuilder().sslContext(TestTls.clientContext(tls.certificate())).build();
      HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(
          URI.create("https://localhost:" + https + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(signIn.statusCode()).isEqualTo(200);
      assertThat(tenantCount(slug)).isEqualTo(1);
    }

    TillidProcess.Result again = TillidProcess.run(env, "import", file.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("0 created, 0 updated");
    assertThat(tenantCount(slug)).isEqualTo(1);
  }

  private static String slug() {
    return "prod-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private Path importFile(String slug, String email) throws Exception {
    return Files.writeString(dir.resolve(slug + ".json"), """
        {"tenants":[{"slug":"%s","name":"Produktion ApS","users":[{"email":"%s","name":"Anna Holm",
        "password":"a long and private passphrase","roles":["administrator"]}],"clients":[]}]}
        """.formatted(slug, email));
  }

  private static int tenantCount(String slug) throws Exception {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement statement = connection.prepareStatement("select count(*) from tenant where slug = ?")) {
      statement.setString(1, slug);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
