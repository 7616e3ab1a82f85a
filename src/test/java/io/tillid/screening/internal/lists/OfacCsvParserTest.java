package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacCsvParserTest {

  private final OfacCsvParser parser = new OfacCsvParser();

  @Test
  void readsTheWholeJuly2021SetWithCountsAsPublished() throws Exception {
    List<Integer> progress = new ArrayList<>();
    ParsedList list = parser.parse(ListFixtures.path("ofac_sdn_2021-07"), progress::add);

    assertThat(list.entities()).hasSize(8976);
    assertThat(ListFixtures.count(list, EntityType.PERSON)).isEqualTo(4620);
    assertThat(ListFixtures.count(list, EntityType.ORGANIZATION)).isEqualTo(3673);
    assertThat(ListFixtures.count(list, EntityType.VESSEL)).isEqualTo(406);
    assertThat(ListFixtures.count(list, EntityType.AIRCRAFT)).isEqualTo(277);
    assertThat(list.entities()).allMatch(e -> e.source().equals("ofac-sdn"));
    assertThat(progress).startsWith(2000, 4000).endsWith(8976);
  }

  @Test
  void anIndividualHasNaturalOrderNamesBirthDateAndPassports() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("ofac_sdn_2021-07"), ParseProgress.NONE);

    WatchlistEntity zawahiri = ListFixtures.entity(list, "2676");
    assertThat(zawahiri.type()).isEqualTo(EntityType.PERSON);
    assertThat(zawahiri.primaryName()).isEqualTo("Dr. Ayman AL ZAWAHIRI");
    assertThat(zawahiri.names()).contains(new EntityName("Ayman AL-ZAWAHIRI", false));
    assertThat(zawahiri.birthDates()).containsExactly(PartialDate.parse("1951-06-19"));
    assertThat(zawahiri.identifiers()).containsExactly(new Identifier("passport", "1084010", "EG"),
        new Identifier("passport", "19820215", null));
    assertThat(zawahiri.programs()).containsExactly("SDGT");

    WatchlistEntity nasrallah = ListFixtures.entity(list, "2686");
    assertThat(nasrallah.birthDates()).extracting(PartialDate::toString)
        .containsExactly("1960-08-31", "1953-08-31", "1955-08-31", "1958-08-31");
    assertThat(nasrallah.programs()).containsExactlyInAnyOrder("SDGT", "SYRIA");
    assertThat(nasrallah.countries()).contains("LB");
  }

  @Test
  void weakAliasesFromTheRemarksAreWeakNamesAndNationalIdsAreRead() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("ofac_sdn_2021-07"), ParseProgress.NONE);

    WatchlistEntity herrera = ListFixtures.entity(list, "4106");
    assertThat(herrera.names()).contains(new EntityName("PACHO", true), new EntityName("H7", true));
    assertThat(herrera.identifiers()).contains(new Identifier("national id", "16247821", "CO"),
        new Identifier("passport", "J287011", "CO"));
    assertThat(herrera.birthDates()).extracting(PartialDate::toString).containsExactly("1951-08-24", "1951-07-05");
  }

  @Test
  void remarksCutOffInSdnCsvContinueFromSdnComments() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("ofac_sdn_2021-07"), ParseProgress.NONE);

    // entry 28264's phone numbers and documents run on in sdn_comments.csv; its passport comes after the cut
    assertThat(ListFixtures.entity(list, "28264").names()).isNotEmpty();
    assertThat(list.entities().stream().mapToInt(e -> e.identifiers().size()).sum()).isGreaterThan(6000);
  }

  @Test
  void readsTheJanuary2019SetWithoutComments() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("ofac_sdn_2019-01"), ParseProgress.NONE);

    assertThat(list.entities()).hasSize(7379);
    assertThat(ListFixtures.entity(list, "2676").programs()).containsExactlyInAnyOrder("SDGT", "SDT");
  }

  @Test
  void aFileCutInTheMiddleFailsNamingTheLine(@TempDir Path folder) throws Exception {
    ListFixtures.copyFolder("ofac_sdn_2021-07", folder);
    Path sdn = folder.resolve("sdn.csv");
    byte[] bytes = Files.readAllBytes(sdn);
    Files.delete(sdn);
    ListFixtures.truncated(ListFixtures.path("ofac_sdn_2021-07/sdn.csv"), 0.5, sdn);
    String text = new String(Files.readAllBytes(sdn), java.nio.charset.StandardCharsets.UTF_8);
    int lastLine = (int) text.lines().count();

    assertThatThrownBy(() -> parser.parse(folder, ParseProgress.NONE))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("sdn.csv line " + lastLine + ": ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text.lines().reduce((a, b) -> b).orElseThrow()));
    assertThat((long) bytes.length).isGreaterThan(Files.size(sdn));
  }

  @Test
  void aMissingFileOfTheSetIsNamed(@TempDir Path folder) throws Exception {
    ListFixtures.copyFolder("ofac_sdn_2019-01", folder);
    Files.delete(folder.resolve("alt.csv"));

    assertThatThrownBy(() -> parser.parse(folder, ParseProgress.NONE))
        .isInstanceOf(ListFormatException.class).hasMessage("alt.csv: missing from the folder");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsNamed(@TempDir Path folder) throws Exception {
    ListFixtures.copyFolder("ofac_sdn_2019-01", folder);
    Path add = folder.resolve("add.csv");
    Files.writeString(add, Files.readString(add).replaceFirst("\n", "\n1,2,3\n"));

    assertThatThrownBy(() -> parser.parse(folder, ParseProgress.NONE))
        .isInstanceOf(ListFormatException.class).hasMessage("add.csv line 2: expected 6 fields, found 3");
  }
}
