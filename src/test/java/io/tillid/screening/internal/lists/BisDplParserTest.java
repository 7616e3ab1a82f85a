package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BisDplParserTest {

  private final BisDplParser parser = new BisDplParser();

  @Test
  void readsTheList() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("us_bis_dpl/dpl_2021.txt"), ParseProgress.NONE);

    // 581 rows, two of them exact repeats of another row
    assertThat(list.entities()).hasSize(579).allMatch(e -> e.source().equals("bis-dpl") && e.programs().contains("DPL"));
    assertThat(list.entities().get(0).primaryName()).isEqualTo("I. ASH");
    assertThat(list.entities().get(0).countries()).containsExactly("US");
  }

  @Test
  void idsAreStableAcrossReads() throws Exception {
    ParsedList first = parser.parse(ListFixtures.path("us_bis_dpl/dpl_2021.txt"), ParseProgress.NONE);
    ParsedList second = parser.parse(ListFixtures.path("us_bis_dpl/dpl_2021.txt"), ParseProgress.NONE);

    assertThat(second.entities()).extracting(WatchlistEntity::entityId)
        .containsExactlyElementsOf(first.entities().stream().map(WatchlistEntity::entityId).toList());
  }

  @Test
  void aCutFileNamesItsLastLine(@TempDir Path temp) throws Exception {
    Path cut = ListFixtures.truncated(ListFixtures.path("us_bis_dpl/dpl_2021.txt"), 0.5, temp.resolve("dpl.txt"));
    long lines = java.nio.file.Files.readString(cut).lines().count();

    assertThatThrownBy(() -> parser.parse(cut, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("dpl.txt line " + lines + ": ");
  }
}
