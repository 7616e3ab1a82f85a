package io.tillid.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./tillid start} refuses missing and insecure configuration, each with its own reason. */
class ProductionEnvironmentTest {

  @TempDir
  Path dir;

  Map<String, String> env;

  @BeforeEach
  void validConfiguration() throws Exception {
    TlsFiles tls = DevCertificate.ensure(dir.resolve("tls"));
    env = new HashMap<>(Map.of(
        "TILLID_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tillid",
        "TILLID_DB_USERNAME", "tillid",
        "TILLID_DB_PASSWORD", "s3cret-password",
        "TILLID_TLS_CERT", tls.certificate().toString(),
        "TILLID_TLS_KEY", tls.privateKey().toString(),
        "TILLID_MASTER_KEY_URI", MasterKeyFile.ensure(dir.resolve("keys/master-key.json"))));
  }

  @Test
  void aCompleteConfigurationIsAccepted() throws Exception {
    Map<String, Object> properties = ProductionEnvironment.prepare(env).asMap();

    assertThat(properties).containsEntry(LaunchProperties.DB_URL, "jdbc:postgresql://127.0.0.1:5432/tillid")
        .containsEntry(LaunchProperties.MODE, "production")
        .containsEntry(LaunchProperties.HTTPS_PORT, 8443)
        .containsEntry(LaunchProperties.HTTP_PORT, 8080)
        .containsEntry(LaunchProperties.MANAGEMENT_PORT, 9000);
  }

  @Test
  void eachMissingVariableIsNamed() {
    for (String variable : env.keySet().stream().sorted().toList()) {
      Map<String, String> missing = new HashMap<>(env);
      missing.remove(variable);
      assertThatThrownBy(() -> ProductionEnvironment.prepare(missing))
          .isInstanceOf(ConfigurationRefused.class).hasMessage(variable + " is not set");
    }
  }

  @Test
  void onlyPostgresqlIsAccepted() {
    env.put("TILLID_DB_URL", "jdbc:h2:mem:x");

    assertRefused("TILLID_DB_URL must be a PostgreSQL JDBC URL");
  }

  @Test
  void aRemoteDatabaseNeedsTls() throws Exception {
    env.put("TILLID_DB_URL", "jdbc:postgresql://db.example.net:5432/tillid");
    assertRefused("without TLS");

    env.put("TILLID_DB_URL", "jdbc:postgresql://db.example.net:5432/tillid?sslmode=disable");
    assertRefused("without TLS");

    env.put("TILLID_DB_URL", "jdbc:postgresql://db.example.net:5432/tillid?sslmode=verify-full");
    assertThat(ProductionEnvironment.prepare(env).asMap()).containsKey(LaunchProperties.DB_URL);
  }

  @Test
  void aTlsKeyOthersCanReadIsRefused() throws Exception {
    Files.setPosixFilePermissions(Path.of(env.get("TILLID_TLS_KEY")), PosixFilePermissions.fromString("rw-r--r--"));

    assertRefused("may be read by others");
  }

  @Test
  void aKeyOfAnotherCertificateIsRefused() throws Exception {
    TlsFiles other = DevCertificate.ensure(dir.resolve("other"));
    env.put("TILLID_TLS_KEY", other.privateKey().toString());

    assertRefused("does not belong to the certificate");
  }

  @Test
  void aCertificateFileWithoutACertificateIsRefused() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate");
    env.put("TILLID_TLS_CERT", junk.toString());

    assertRefused("TLS_CERT");
  }

  @Test
  void aMissingFileIsRefused() {
    env.put("TILLID_TLS_CERT", dir.resolve("absent.pem").toString());

    assertRefused("TILLID_TLS_CERT names no readable file");
  }

  @Test
  void theMasterKeyMustExistBePrivateAndBeAKeyset() throws Exception {
    env.put("TILLID_MASTER_KEY_URI", dir.resolve("absent.json").toUri().toString());
    assertRefused("does not exist");

    Path wrong = Files.writeString(dir.resolve("wrong.json"), "{}");
    Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-------"));
    env.put("TILLID_MASTER_KEY_URI", wrong.toUri().toString());
    assertRefused("does not hold a Tink AEAD keyset");

    Files.setPosixFilePermissions(wrong, PosixFilePermissions.fromString("rw-rw-r--"));
    assertRefused("may be read by others");

    env.put("TILLID_MASTER_KEY_URI", "gcp-kms://projects/p/locations/l/keyRings/r/cryptoKeys/k");
    assertRefused("not supported");
  }

  @Test
  void portsMustBeNumbersAndDiffer() {
    env.put("TILLID_HTTPS_PORT", "eighty");
    assertRefused("TILLID_HTTPS_PORT must be a port number");

    env.put("TILLID_HTTPS_PORT", "9000");
    assertRefused("must differ");
  }

  @Test
  void mailIsOffWithoutSmtpAndLinksUseThePublicUrl() throws Exception {
    Map<String, Object> properties = ProductionEnvironment.prepare(env).asMap();
    assertThat(properties).containsEntry("tillid.mail.mode", "disabled")
        .containsEntry("tillid.public-url", "https://localhost:8443");

    env.put("TILLID_PUBLIC_URL", "https://tillid.example.com/");
    assertThat(ProductionEnvironment.prepare(env).asMap()).containsEntry("tillid.public-url", "https://tillid.example.com");

    env.put("TILLID_PUBLIC_URL", "http://tillid.example.com");
    assertRefused("TILLID_PUBLIC_URL must be an https:// address");
  }

  @Test
  void smtpNeedsASenderAndTlsToRemoteServers() throws Exception {
    env.put("TILLID_SMTP_HOST", "smtp.example.net");
    assertRefused("TILLID_SMTP_FROM must be the sender's e-mail address");

    env.put("TILLID_SMTP_FROM", "kyc@example.net");
    Map<String, Object> properties = ProductionEnvironment.prepare(env).asMap();
    assertThat(properties).containsEntry("tillid.mail.mode", "smtp").containsEntry("spring.mail.host", "smtp.example.net")
        .containsEntry("spring.mail.port", 587)
        .containsEntry("spring.mail.properties.mail.smtp.starttls.required", "true");

    env.put("TILLID_SMTP_HOST", "127.0.0.1");
    assertThat(ProductionEnvironment.prepare(env).asMap()).doesNotContainKey("spring.mail.properties.mail.smtp.starttls.required");
  }

  @Test
  void reasonsNeverRevealThePassword() {
    env.remove("TILLID_TLS_CERT");

    assertThatThrownBy(() -> ProductionEnvironment.prepare(env)).message().doesNotContain("s3cret-password");
  }

  private void assertRefused(String reason) {
    assertThatThrownBy(() -> ProductionEnvironment.prepare(env))
        .isInstanceOf(ConfigurationRefused.class).hasMessageContaining(reason)
        .message().doesNotContain("\n");
  }
}
