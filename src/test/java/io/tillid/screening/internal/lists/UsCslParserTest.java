package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsCslParserTest {

  private final UsCslParser parser = new UsCslParser();

  @Test
  void readsTheCompleteGzippedExport() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("us_csl/consolidated.csv.gz"), ParseProgress.NONE);

    // 14,160 rows; 112 of them repeat an _id and are merged into one entry
    assertThat(list.entities()).hasSize(14048);
    WatchlistEntity zawahiri = ListFixtures.entity(list, "2676");
    assertThat(zawahiri.primaryName()).isEqualTo("Dr. Ayman AL ZAWAHIRI");
    assertThat(zawahiri.birthDates()).containsExactly(PartialDate.parse("1951-06-19"));
    assertThat(zawahiri.identifiers()).contains(new Identifier("passport", "1084010", "EG"));
    WatchlistEntity abbas = ListFixtures.entity(list, "21944");
    assertThat(abbas.primaryName()).isEqualTo("Rim 'ABBAS");
    assertThat(abbas.countries()).containsExactly("SY");
    assertThat(abbas.programs()).containsExactly("SYRIA");
  }

  @Test
  void readsBothLayouts() throws Exception {
    ParsedList old = parser.parse(ListFixtures.path("us_csl/csl_2019_sample.csv"), ParseProgress.NONE);
    ParsedList small = parser.parse(ListFixtures.path("us_csl/consolidated_sample_small.csv"), ParseProgress.NONE);

    assertThat(old.entities()).hasSize(115).allMatch(e -> e.entityId().startsWith("csl-"));
    assertThat(small.entities()).hasSize(13);
    assertThat(small.entities().get(0).programs()).containsExactly("INKSNA");
  }

  @Test
  void aCutGzipFileFails(@TempDir Path temp) throws Exception {
    Path cut = ListFixtures.truncated(ListFixtures.path("us_csl/consolidated.csv.gz"), 0.5, temp.resolve("c.csv.gz"));

    assertThatThrownBy(() -> parser.parse(cut, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("c.csv.gz");
  }

  @Test
  void aWrongHeaderOrAShortRowIsNamed(@TempDir Path temp) throws Exception {
    Path header = Files.writeString(temp.resolve("h.csv"), "name,type\nX,Entity\n");
    Path row = temp.resolve("r.csv");
    Files.writeString(row, Files.readString(ListFixtures.path("us_csl/csl_2019_sample.csv")).replaceFirst("\n", "\nonly,three,fields\n"));

    assertThatThrownBy(() -> parser.parse(header, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessage("h.csv line 1: the header has no column source");
    assertThatThrownBy(() -> parser.parse(row, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessage("r.csv line 2: expected 28 fields, found 3");
  }
}
