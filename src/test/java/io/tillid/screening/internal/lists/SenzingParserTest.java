package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SenzingParserTest {

  private final SenzingParser parser = new SenzingParser();

  @Test
  void readsTheUsCongressPeps() throws Exception {
    ParsedList list = parser.parse(ListFixtures.path("pep/opensanctions_us_congress_senzing.jsonl"), ParseProgress.NONE);

    assertThat(list.entities()).hasSize(1319);
    assertThat(ListFixtures.count(list, EntityType.PERSON)).isEqualTo(1317);
    assertThat(list.entities().stream().filter(e -> e.programs().contains("role.pep"))).hasSize(1317);
    WatchlistEntity mcclellan = ListFixtures.entity(list, "NK-AQ4HymsADSK2D63MkyTqfC");
    assertThat(mcclellan.primaryName()).isEqualTo("Jennifer L. McClellan");
    assertThat(mcclellan.birthDates()).containsExactly(PartialDate.parse("1972"));
    assertThat(mcclellan.countries()).containsExactly("US");
  }

  @Test
  void aRecordWithoutIdIsNamed(@TempDir Path temp) throws Exception {
    Path file = Files.writeString(temp.resolve("s.json"), "{\"RECORD_ID\":\"1\",\"NAMES\":[{\"NAME_FULL\":\"A B\"}]}\n"
        + "{\"NAMES\":[{\"NAME_FULL\":\"C D\"}]}\n");

    assertThatThrownBy(() -> parser.parse(file, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessage("s.json line 2: the record has no RECORD_ID");
  }
}
