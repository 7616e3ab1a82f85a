package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UkCsvParserTest {

  private static final Path FIXTURE = ListFixtures.path("uk_sanctions/UK-Sanctions-List.csv");

  private final UkCsvParser parser = new UkCsvParser();

  @Test
  void readsOneEntryPerUniqueIdWithEveryNameOfItsRows() throws Exception {
    ParsedList list = parser.parse(FIXTURE, ParseProgress.NONE);

    assertThat(list.entities()).extracting(WatchlistEntity::entityId)
        .containsExactly("RUS9001", "AFG9002", "RUS9003", "RUS9004", "DPR9005", "GHR9006");
    assertThat(list.entities()).allMatch(e -> e.source().equals("uk-sanctions"));
    WatchlistEntity kozlov = ListFixtures.entity(list, "RUS9001");
    assertThat(kozlov.type()).isEqualTo(EntityType.PERSON);
    assertThat(kozlov.names()).containsExactly(new EntityName("Pavel Igorevich KOZLOV", false),
        new EntityName("Павел Игоревич КОЗЛОВ", false), new EntityName("Pavel KOZLOFF", false));
    assertThat(kozlov.birthDates()).containsExactly(PartialDate.parse("1968-03-14"));
    assertThat(kozlov.countries()).containsExactly("RU");
    assertThat(kozlov.identifiers()).containsExactly(new Identifier("passport", "751234567", null),
        new Identifier("passport", "4509123456", null), new Identifier("national id", "770123456789", null));
    assertThat(kozlov.programs()).containsExactly("Russia");
    assertThat(kozlov.listedOn()).isEqualTo(PartialDate.parse("2022-02-24"));
  }

  @Test
  void primaryNamesComeFirstAndLowQualityAliasesAreWeak() throws Exception {
    ParsedList list = parser.parse(FIXTURE, ParseProgress.NONE);

    WatchlistEntity ahmadzai = ListFixtures.entity(list, "AFG9002");
    assertThat(ahmadzai.primaryName()).isEqualTo("Mohammad Nasir AHMADZAI");
    assertThat(ahmadzai.names()).contains(new EntityName("محمد ناصر احمدزی", false), new EntityName("MULLAH NASIR", true));
    assertThat(ahmadzai.birthDates()).containsExactly(PartialDate.parse("1962"), PartialDate.parse("1963"));
    assertThat(ahmadzai.countries()).containsExactly("AF");
    assertThat(ahmadzai.listedOn()).isEqualTo(PartialDate.parse("2001-01-25"));
    WatchlistEntity works = ListFixtures.entity(list, "RUS9003");
    assertThat(works.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(works.names()).extracting(EntityName::value).containsExactly("JOINT STOCK COMPANY NORTHERN ALLOY WORKS",
        "АО «Северный завод сплавов»", "AO SEVERNY ZAVOD SPLAVOV", "NORTHERN ALLOY WORKS");
    assertThat(works.identifiers()).extracting(Identifier::value).containsExactly("1027400000000", "7450012345");
  }

  @Test
  void shipsQuotedCommasAndLineBreaksInsideFields() throws Exception {
    ParsedList list = parser.parse(FIXTURE, ParseProgress.NONE);

    WatchlistEntity ship = ListFixtures.entity(list, "RUS9004");
    assertThat(ship.type()).isEqualTo(EntityType.VESSEL);
    assertThat(ship.names()).extracting(EntityName::value).containsExactly("SEA PIONEER", "OCEAN PIONEER");
    assertThat(ship.identifiers()).containsExactly(new Identifier("imo", "9312345", null));
    assertThat(ship.countries()).containsExactly("CM");
    WatchlistEntity korea = ListFixtures.entity(list, "DPR9005");
    assertThat(korea.primaryName()).isEqualTo("KOREA RYONHWA TRADING CORPORATION, BRANCH 2");
    assertThat(korea.countries()).containsExactly("KP");
    assertThat(korea.programs()).containsExactly("Democratic People's Republic of Korea");
    assertThat(ListFixtures.entity(list, "GHR9006").birthDates()).containsExactly(PartialDate.parse("1975"));
  }

  @Test
  void theOlderTypeColumnAndAFileWithoutTitleLineAreRead(@TempDir Path temp) throws Exception {
    String text = Files.readString(FIXTURE);
    Path file = Files.writeString(temp.resolve("uk.csv"),
        text.substring(text.indexOf('\n') + 1).replace(",Designation Type,", ",\"Individual, Entity, Ship\","));

    ParsedList list = parser.parse(file, ParseProgress.NONE);

    assertThat(list.entities()).hasSize(6);
    assertThat(ListFixtures.entity(list, "RUS9004").type()).isEqualTo(EntityType.VESSEL);
  }

  @Test
  void aTruncatedFileFailsAsAWholeNamingTheLine(@TempDir Path temp) throws Exception {
    Path cut = ListFixtures.truncated(FIXTURE, 0.6, temp.resolve("cut.csv"));

    assertThatThrownBy(() -> parser.parse(cut, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessageMatching("cut\\.csv line \\d+: (expected 58 fields, found \\d+|a quoted field is not closed.*)");
  }

  @Test
  void aShortRowAMissingColumnOrARowWithoutIdIsNamed(@TempDir Path temp) throws Exception {
    String text = Files.readString(FIXTURE);
    Path row = Files.writeString(temp.resolve("r.csv"), text.replaceFirst("\r\n02/03/2022,", "\r\nonly,three,fields\r\n02/03/2022,"));
    Path header = Files.writeString(temp.resolve("h.csv"), "Report Date: 20-Nov-2026\nUnique ID,Name 6\nX,Y\n");
    Path noId = Files.writeString(temp.resolve("i.csv"), text.replace("RUS9004", ""));

    assertThatThrownBy(() -> parser.parse(row, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessage("r.csv line 3: expected 58 fields, found 3");
    assertThatThrownBy(() -> parser.parse(header, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessage("h.csv line 2: the header has no column Name type");
    assertThatThrownBy(() -> parser.parse(noId, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessageMatching("i\\.csv line \\d+: the row has no Unique ID");
  }
}
