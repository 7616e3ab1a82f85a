package io.tillid.platform.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** start-dev makes its certificate and master key once, private to their owner, and keeps them. */
class DevEnvironmentTest {

  @TempDir
  Path data;

  @Test
  void firstStartMakesPrivateKeysAndLaterStartsKeepThem() throws Exception {
    Map<String, String> env = Map.of("TILLID_DATA_DIR", data.toString());

    Map<String, Object> first = DevEnvironment.prepare(env).asMap();
    String firstCertificate = Files.readString(data.resolve("tls/dev-cert.pem"));
    Map<String, Object> second = DevEnvironment.prepare(env).asMap();

    assertThat(second).isEqualTo(first);
    assertThat(Files.readString(data.resolve("tls/dev-cert.pem"))).isEqualTo(firstCertificate);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("tls/dev-key.pem"))))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("keys/master-key.json"))))
        .isEqualTo("rw-------");
    assertThat((String) first.get(LaunchProperties.DB_URL)).startsWith("jdbc:h2:file:" + data.toAbsolutePath());
    assertThat(first).containsEntry(LaunchProperties.MODE, "dev");
    // what start-dev writes, start accepts
    MasterKeyFile.check(data.resolve("keys/master-key.json"));
    assertThat(Pem.matches(Pem.readCertificate(data.resolve("tls/dev-cert.pem")).getPublicKey(),
        Pem.readPrivateKey(data.resolve("tls/dev-key.pem")))).isTrue();
  }
}
