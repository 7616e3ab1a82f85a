package io.tillid.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.platform.launch.DevCertificate;
import io.tillid.platform.launch.MasterKeyFile;
import io.tillid.platform.launch.TlsFiles;
import io.tillid.support.MasterKeys;
import io.tillid.support.SoftHsm;
import io.tillid.support.TestDatabase;
import io.tillid.support.TillidProcess;
import io.tillid.support.TillidProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The master key and the {@code keys} commands as an operator meets them: the packaged launcher
 * in a process of its own on the real PostgreSQL. A wrong, missing or badly kept master key
 * refuses to start with one line and writes nothing; the keys commands answer bad input with one
 * line and exit 2.
 */
class CryptoLauncherIT {

  @TempDir
  Path dir;

  private final JdbcClient dba = TestDatabase.dba();
  private Map<String, String> env;

  @BeforeEach
  void productionEnvironment() throws Exception {
    TlsFiles tls = DevCertificate.ensure(dir.resolve("tls"));
    env = new HashMap<>(Map.of(
        "TILLID_DB_URL", TestDatabase.url(),
        "TILLID_DB_USERNAME", TestDatabase.user(),
        "TILLID_DB_PASSWORD", TestDatabase.password(),
        "TILLID_TLS_CERT", tls.certificate().toString(),
        "TILLID_TLS_KEY", tls.privateKey().toString(),
        "TILLID_MASTER_KEY_URI", MasterKeys.uri(),
        "TILLID_HTTPS_PORT", "" + TillidProcess.freePort(),
        "TILLID_HTTP_PORT", "" + TillidProcess.freePort(),
        "TILLID_MANAGEMENT_PORT", "" + TillidProcess.freePort()));
    // the database has its master key check value (the first start writes it)
    if (!prepared) {
      Result first = TillidProcess.run(env, "keys", "status");
      assertThat(first.exitCode()).as(first.err()).isZero();
      prepared = true;
    }
  }

  private static boolean prepared;

  private List<Long> keyRows() {
    return List.of(
        dba.sql("select count(*) from crypto_master_check").query(Long.class).single(),
        dba.sql("select count(*) from crypto_master_key").query(Long.class).single(),
        dba.sql("select count(*) from tenant_keyset").query(Long.class).single());
  }

  @Test
  void aWrongMasterKeyRefusesToStartAndWritesNothing() throws Exception {
    List<Long> before = keyRows();
    env.put("TILLID_MASTER_KEY_URI", MasterKeyFile.ensure(dir.resolve("another-master-key.json")));

    Result result = TillidProcess.run(env, "start");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip()).contains("is not the one this database's keys are wrapped with")
        .doesNotContain("\n");
    assertThat(keyRows()).isEqualTo(before);
  }

  @Test
  void aMissingUnknownOrBadlyKeptMasterKeyIsRefusedBeforeAnythingStarts() throws Exception {
    env.remove("TILLID_MASTER_KEY_URI");
    assertOneLineRefusal(TillidProcess.run(env, "start"), "TILLID_MASTER_KEY_URI is not set");

    env.put("TILLID_MASTER_KEY_URI", "vault://secret/tillid");
    assertOneLineRefusal(TillidProcess.run(env, "start"), "scheme 'vault' is not supported");

    Path pin = dir.resolve("hsm-pin");
    Files.writeString(pin, "123456");
    Files.setPosixFilePermissions(pin, PosixFilePermissions.fromString("rw-r--r--"));
    env.put("TILLID_MASTER_KEY_URI", "pkcs11:token=t;object=tillid-master?module-path=" + SoftHsm.MODULE
        + "&pin-source=file:" + pin);
    assertOneLineRefusal(TillidProcess.run(env, "start"), "HSM PIN file may be read by others");

    env.put("TILLID_MASTER_KEY_URI", "pkcs11:token=t;object=tillid-master?module-path=/no/such/module.so"
        + "&pin-source=file:" + pin);
    assertOneLineRefusal(TillidProcess.run(env, "start"), "no existing PKCS#11 module");

    env.put("TILLID_MASTER_KEY_URI", "aws-kms://not-an-arn");
    assertOneLineRefusal(TillidProcess.run(env, "keys", "status"), "must name an AWS KMS key");
  }

  @Test
  void anHsmKeyOpenedWithTheWrongPinIsRefusedWithAReason() throws Exception {
    SoftHsm.Token token = SoftHsm.token();
    Path wrongPin = dir.resolve("wrong-pin");
    Files.writeString(wrongPin, "00000000");
    Files.setPosixFilePermissions(wrongPin, PosixFilePermissions.fromString("rw-------"));
    env.put("TILLID_MASTER_KEY_URI", token.uri().replace(token.pinFile().toAbsolutePath().toString(), wrongPin.toString()));
    List<Long> before = keyRows();

    Result result = TillidProcess.run(env, "keys", "status");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().strip()).contains("no token the PIN opens").doesNotContain("00000000").doesNotContain("\n");
    assertThat(keyRows()).isEqualTo(before);
  }

  @Test
  void keysCommandsRotateReportAndDestroy() throws Exception {
    String slug = "keys-" + UUID.randomUUID().toString().substring(0, 8);
    UUID tenant = UUID.randomUUID();
    dba.sql("insert into tenant (id, slug, name, created_at, updated_at) values (?, ?, 'Keys A/S', now(), now())")
        .params(tenant, slug).update();

    // (usage, confirmation and unknown-tenant mistakes: KeysCommandsTest, without a process each)

    Result rotate = TillidProcess.run(env, "keys", "rotate", "--tenant", slug, "--background");
    assertThat(rotate.exitCode()).as(rotate.err()).isZero();
    assertThat(rotate.out()).contains("keys: tenant " + slug + ": new primary data key; rotation ");

    // destroyed at once, well before a serving node in this JVM would carry the rotation on
    Result destroy = TillidProcess.run(env, "keys", "destroy", "--tenant", slug, "--confirm", slug);
    assertThat(destroy.exitCode()).as(destroy.err()).isZero();
    assertThat(destroy.out()).contains("keys: tenant " + slug + ": keys destroyed");
    assertThat(dba.sql("select count(*) from tenant_keyset where tenant_id = ? and state = 'destroyed'")
        .param(tenant).query(Integer.class).single()).isEqualTo(2);

    Result status = TillidProcess.run(env, "keys", "status", "--tenant", slug);
    assertThat(status.exitCode()).as(status.err()).isZero();
    assertThat(status.out()).contains("keys: configured master key mk-")
        .contains("keys: tenant " + slug + ": rotation ").contains(" abandoned, 0/0 values re-encrypted");
    assertThat(dba.sql("select action from audit_entry where tenant_id = ? order by seq").param(tenant)
        .query(String.class).list()).containsExactly("crypto.data-key.rotation-started", "crypto.keys.destroyed");
  }

  private static void assertOneLineRefusal(Result result, String reason) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err().strip()).contains(reason).doesNotContain("\n").doesNotContain("Exception");
  }
}
