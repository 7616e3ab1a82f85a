package io.tillid.identity.internal;

import static io.tillid.identity.internal.ImportFixture.client;
import static io.tillid.identity.internal.ImportFixture.email;
import static io.tillid.identity.internal.ImportFixture.tenant;
import static io.tillid.identity.internal.ImportFixture.unique;
import static io.tillid.identity.internal.ImportFixture.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.platform.CliCommand;
import io.tillid.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportCommandIT extends IntegrationTest {

  @Autowired
  List<CliCommand> commands;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    CliCommand command = commands.stream().filter(c -> c.name().equals("import")).findFirst().orElseThrow();
    return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void importsAFileAndPrintsASummary() {
    String file = ImportFixture.write(ImportFixture.file(List.of(tenant(unique("cli"), "Cli A/S",
        List.of(user(email(), "Anna", "a long import passphrase", "analyst")), List.of(client(unique("cli"), "secret")))),
        List.of())).toString();

    assertThat(run(file)).isEqualTo(CliCommand.OK);
    assertThat(out.toString(StandardCharsets.UTF_8).strip())
        .isEqualTo("import: 1 tenant, 1 user, 1 client, 0 platform admins (3 created, 0 updated, 0 unchanged)");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aBadFileIsOneLineOnErrAndExitCode2() {
    String secret = "sup3r-secret-value";
    String file = ImportFixture.writeText("{\"tenants\":[{\"slug\":\"x\",\"name\":\"" + secret + "\"}]}").toString();

    assertThat(run(file)).isEqualTo(CliCommand.USAGE);
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(message.lines()).hasSize(1);
    assertThat(message).startsWith("import: tenants[0].slug must match").doesNotContain(secret);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aMissingFileOrMissingArgumentIsRefused() {
    assertThat(run("/nonexistent/tillid-import.json")).isEqualTo(CliCommand.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("import: the import file does not exist");
    assertThat(run()).isEqualTo(CliCommand.USAGE);
  }
}
