package io.tillid.screening.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tillid.platform.CliCommand;
import io.tillid.screening.internal.lists.FtmParser;
import io.tillid.screening.internal.lists.OwnedOrControlled;
import io.tillid.screening.internal.lists.ParseProgress;
import io.tillid.screening.internal.lists.ParsedList;
import io.tillid.screening.internal.matching.Fixtures;
import io.tillid.screening.internal.screen.ScreeningService;
import io.tillid.screening.internal.screen.WatchlistSnapshot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScreenCommandTest {

  final ScreenCommand command = new ScreenCommand(new ScreeningService(
      WatchlistSnapshot.of(Fixtures.sampleList(), Map.of("ofac-sdn", "2021-07-07", "un", "2026-02-27"))));
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsScoreNameMatchedNameSourceAndId() {
    int code = run("Vladimir Putin", "--type", "person", "--birth-date", "1952-10-07", "--country", "RU");

    assertThat(code).isZero();
    assertThat(out().lines().findFirst().orElseThrow())
        .matches("0\\.9\\d{3}  PUTIN, Vladimir Vladimirovich  \\(matched: .*\\)  ofac-sdn  35096");
    assertThat(out()).contains("list ofac-sdn version 2021-07-07");
    assertThat(err()).isEmpty();
  }

  @Test
  void anEntityOwnedByListedPartiesNamesThemOnASecondLineAndInTheJson() throws Exception {
    ParsedList zala = new FtmParser().parse(
        Path.of("src/test/resources/lists/opensanctions_ftm/yente_zala_cluster_entities.ftm.json"), ParseProgress.NONE);
    ScreenCommand zalaCommand = new ScreenCommand(new ScreeningService(WatchlistSnapshot.of(
        OwnedOrControlled.derive(zala.entities(), zala.ownerships(), LocalDate.of(2026, 11, 25)),
        Map.of("opensanctions", "1"))));
    ByteArrayOutputStream json = new ByteArrayOutputStream();

    int code = zalaCommand.run(List.of("LLC CST", "--type", "organization"), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    zalaCommand.run(List.of("LLC CST", "--type", "organization", "--json"), new PrintStream(json, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    List<String> lines = out().lines().toList();
    assertThat(lines.get(0)).endsWith("opensanctions  NK-abdzbEBkqyT29GyREbiURZ");
    assertThat(lines.get(1)).isEqualTo("        owned or controlled by listed parties: Aleksandr Vyacheslavovich Zakharov 51% "
        + "(NK-aU5ybkbRFJucf8YMwsJvDw); JSC NPO IZHMASH 49% (NK-nR5AXM9AVPq4pQaSPSaVam)");
    assertThat(json.toString(StandardCharsets.UTF_8)).contains("\"ownedOrControlledBy\":[{\"entityId\":"
        + "\"NK-aU5ybkbRFJucf8YMwsJvDw\",\"name\":\"Aleksandr Vyacheslavovich Zakharov\",\"share\":51,\"listed\":true},");
  }

  @Test
  void jsonIsTheApiAnswer() {
    int code = run("Putin", "Vladimir", "--json");

    assertThat(code).isZero();
    assertThat(out().strip()).startsWith("{\"matches\":[{\"entityId\":\"35096\",\"source\":\"ofac-sdn\","
        + "\"name\":\"PUTIN, Vladimir Vladimirovich\",\"matchedName\":").contains("\"explanation\":{")
        .endsWith("\"lists\":[{\"source\":\"ofac-sdn\",\"version\":\"2021-07-07\"},"
            + "{\"source\":\"un\",\"version\":\"2026-02-27\"}]}");
  }

  @Test
  void noMatchesIsAnAnswerNotAnError() {
    assertThat(run("Angela Merkel")).isZero();
    assertThat(out()).contains("screen: no matches");
  }

  @Test
  void absurdInputIsOneLineAndExit2() {
    assertThat(run("!!!")).isEqualTo(CliCommand.USAGE);
    assertThat(err().strip()).isEqualTo("screen: The argument 'name' has no letters or digits.").doesNotContain("\n");
  }

  @Test
  void badUsageIsOneLineAndExit2() {
    assertThat(run()).isEqualTo(CliCommand.USAGE);
    assertThat(run("Ivan", "--type")).isEqualTo(CliCommand.USAGE);
    assertThat(run("Ivan", "--colour", "red")).isEqualTo(CliCommand.USAGE);
    assertThat(run("Ivan", "--type", "dragon")).isEqualTo(CliCommand.USAGE);
    assertThat(run("Ivan", "--birth-date", "yesterday")).isEqualTo(CliCommand.USAGE);
    assertThat(err().lines()).hasSize(5).allMatch(line -> line.startsWith("screen: "))
        .noneMatch(line -> line.contains("dragon") || line.contains("yesterday"));
  }
}
