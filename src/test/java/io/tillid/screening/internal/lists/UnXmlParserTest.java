package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnXmlParserTest {

  private final UnXmlParser parser = new UnXmlParser();

  @Test
  void readsEveryIndividualAndEntity() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("un_consolidated/UN_consolidated.xml"), ParseProgress.NONE);

    assertThat(ListFixtures.count(list, EntityType.PERSON)).isEqualTo(730);
    assertThat(ListFixtures.count(list, EntityType.ORGANIZATION)).isEqualTo(273);
    assertThat(list.entities()).allMatch(e -> e.source().equals("un"));
  }

  @Test
  void anIndividualHasNamesDateOfBirthNationalityAndPassport() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("un_consolidated/UN_consolidated.xml"), ParseProgress.NONE);

    WatchlistEntity ngabu = ListFixtures.entity(list, "6908012");
    assertThat(ngabu.primaryName()).isEqualTo("FLORIBERT NGABU NJABU");
    assertThat(ngabu.birthDates()).containsExactly(PartialDate.parse("1971-05-23"));
    assertThat(ngabu.countries()).contains("CD");
    assertThat(ngabu.identifiers()).contains(new Identifier("passport", "OB 0243318", "CD"));
    assertThat(ngabu.programs()).containsExactly("DRC");
  }

  @Test
  void lowQualityAliasesAreWeakAndYearRangesGiveEachYear() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("un_consolidated/UN_consolidated.xml"), ParseProgress.NONE);

    WatchlistEntity houthi = ListFixtures.entity(list, "6908434");
    assertThat(houthi.names()).contains(new EntityName("Abu-Yunus", true), new EntityName("Abd al-Khaliq al-Huthi", false),
        new EntityName("عبدالخالق الحوثي", false));
    assertThat(ListFixtures.entity(list, "6908021").birthDates()).extracting(PartialDate::toString)
        .contains("1973", "1974");
  }

  @Test
  void aTruncatedFileFailsNamingTheLine(@TempDir Path temp) throws Exception {
    Path cut = ListFixtures.truncated(ListFixtures.path("un_consolidated/UN_consolidated.xml"), 0.6,
        temp.resolve("UN_consolidated.xml"));
    long lines = Files.readString(cut).lines().count();

    assertThatThrownBy(() -> parser.parse(cut, ParseProgress.NONE))
        .isInstanceOf(ListFormatException.class)
        .hasMessageMatching("UN_consolidated\\.xml line \\d+: not well-formed XML")
        .satisfies(e -> assertThat(Integer.parseInt(e.getMessage().replaceAll("\\D*line (\\d+).*", "$1")))
            .isBetween((int) lines - 1, (int) lines + 1));
  }

  @Test
  void aRecordWithoutAnIdIsNamedByElementAndLine(@TempDir Path temp) throws Exception {
    Path bad = temp.resolve("un.xml");
    Files.writeString(bad, """
        <CONSOLIDATED_LIST><INDIVIDUALS>
          <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL>
          <INDIVIDUAL><FIRST_NAME>B</FIRST_NAME></INDIVIDUAL>
        </INDIVIDUALS></CONSOLIDATED_LIST>""");

    assertThatThrownBy(() -> parser.parse(bad, ParseProgress.NONE))
        .isInstanceOf(ListFormatException.class).hasMessage("un.xml element INDIVIDUAL at line 3: has no DATAID");
  }

  @Test
  void doctypesAreRefusedSoNoExternalEntityIsEverRead(@TempDir Path temp) throws Exception {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "not for lists");
    Path xxe = temp.resolve("xxe.xml");
    Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
        + "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&s;</FIRST_NAME></INDIVIDUAL>"
        + "</INDIVIDUALS></CONSOLIDATED_LIST>");

    assertThatThrownBy(() -> parser.parse(xxe, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("xxe.xml line 1");
  }
}
