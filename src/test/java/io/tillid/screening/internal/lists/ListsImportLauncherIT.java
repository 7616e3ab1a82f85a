package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.support.IntegrationTest;
import io.tillid.support.TestDatabase;
import io.tillid.support.TillidProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tillid lists import} as an operator runs it: the packaged jar in a process of its own. */
class ListsImportLauncherIT extends IntegrationTest {

  private static Map<String, String> database() {
    return Map.of("TILLID_DB_URL", "jdbc:postgresql://" + TestDatabase.hostPort() + "/" + TestDatabase.NAME,
        "TILLID_DB_USERNAME", TestDatabase.user(), "TILLID_DB_PASSWORD", TestDatabase.password());
  }

  @Test
  void importsWithProgressAndASummary() throws Exception {
    TillidProcess.Result result = TillidProcess.run(database(), "lists", "import", "--source", "senzing", "--file",
        ListFixtures.path("pep/opensanctions_us_congress_senzing.jsonl").toAbsolutePath().toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines().toList()).contains("lists: senzing: 1319 entries read")
        .anyMatch(line -> line.matches("lists: senzing version \\d+ imported from senzing: 1319 entries; "
            + "\\d+ added, \\d+ changed, \\d+ removed \\(\\d+\\.\\d s\\)"));
    assertThat(result.err()).isEmpty();
  }

  @Test
  void aMalformedFileExits1NamingTheLineAndWritesNothing(@TempDir Path temp) throws Exception {
    Path file = temp.resolve("bad.txt");
    Files.writeString(file, Files.readString(ListFixtures.path("us_bis_dpl/dpl.txt")).replaceFirst("\n", "\n\"A\"\t\"B\"\n"));

    TillidProcess.Result result = TillidProcess.run(database(), "lists", "import", "--source", "bis-dpl", "--file",
        file.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines().toList()).containsExactly(
        "lists: import failed, nothing changed: bad.txt line 2: expected 12 fields, found 2");
    assertThat(jdbc.sql("select count(*) from watchlist_version where list_name = 'bis-dpl'").query(Integer.class)
        .single()).isZero();
  }

  @Test
  void badUsageExits2WithOneLine() throws Exception {
    TillidProcess.Result result = TillidProcess.run(database(), "lists", "import", "--source", "nope", "--file", "x");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().toList()).hasSize(1).allMatch(line -> line.startsWith("lists: unknown source"));
  }
}
