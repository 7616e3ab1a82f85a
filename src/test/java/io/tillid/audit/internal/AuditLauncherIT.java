package io.tillid.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tillid.support.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code tillid audit verify} as a user runs it: the packaged jar in a process of its own. */
class AuditLauncherIT extends AuditTestSupport {

  private static final Path JAR = Paths.get("target", "tillid.jar").toAbsolutePath();

  private record Outcome(int code, String out, String err) {}

  private Outcome launch(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("tillid-out", ".txt");
    Path err = Files.createTempFile("tillid-err", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().put("TILLID_DB_URL", "jdbc:postgresql://" + TestDatabase.hostPort() + "/" + TestDatabase.NAME);
      builder.environment().put("TILLID_DB_USERNAME", TestDatabase.user());
      builder.environment().put("TILLID_DB_PASSWORD", TestDatabase.password());
      Process process = builder.start();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("tillid audit verify did not finish in 3 minutes");
      }
      return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void exitsZeroWhenIntactAndOneNamingTheTamperedEntry() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "target/tillid.jar is built by 'mvnw package'");
    recordEntries(3);

    Outcome intact = launch("audit", "verify", "--tenant", tenant.toString());
    assertThat(intact.code()).as(intact.err()).isZero();
    assertThat(intact.out()).contains("audit: tenant " + tenant + ": 3 entries intact");

    Dba.tamper("update audit_entry set details = '{\"n\":\"tampered\"}' where tenant_id = ? and seq = 2", tenant.value());
    Outcome broken = launch("audit", "verify", "--tenant", tenant.toString());
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err().lines().toList())
        .containsExactly("audit: tenant " + tenant + ": chain broken at entry 2 (hash mismatch)");
    assertThat(broken.out()).doesNotContain("Exception");

    Outcome unknown = launch("audit", "verify", "--tenant", "no-such-firm");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err().lines().toList()).hasSize(1).allMatch(line -> !line.contains("no-such-firm"));
  }
}
