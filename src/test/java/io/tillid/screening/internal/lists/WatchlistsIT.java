package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tillid.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** List import on PostgreSQL: versions, what each records, and a failed import changing nothing. */
class WatchlistsIT extends IntegrationTest {

  @Autowired
  ImportList importList;

  @Autowired
  ActiveWatchlists active;

  @Test
  void ofacVersionsRecordWhatChangedAndTheCurrentEntriesReadBackAsParsed() throws Exception {
    importList.run("ofac-csv", ListFixtures.path("ofac_sdn_2019-01"), ParseProgress.NONE);
    ListVersion second = importList.run("ofac-csv", ListFixtures.path("ofac_sdn_2021-07"), ParseProgress.NONE).version();

    assertThat(active.versions()).filteredOn(v -> v.list().equals("ofac-sdn")).singleElement()
        .isEqualTo(second);
    assertThat(second).extracting(ListVersion::version, ListVersion::entities, ListVersion::added, ListVersion::removed)
        .containsExactly(2, 8976, 1858, 261);
    assertThat(active.lastChanges("ofac-sdn")).hasSize(1858 + 261 + second.changed());
    assertThat(active.lastChangedEntities("ofac-sdn")).hasSize(1858 + second.changed());
    List<WatchlistEntity> current = active.entities("ofac-sdn");
    ParsedList parsed = new OfacCsvParser().parse(ListFixtures.path("ofac_sdn_2021-07"), ParseProgress.NONE);
    assertThat(current).hasSize(8976).contains(ListFixtures.entity(parsed, "2676"), ListFixtures.entity(parsed, "4106"));
    assertThat(jdbc.sql("select state from watchlist_version where list_name = 'ofac-sdn' order by version")
        .query(String.class).list()).containsExactly("superseded", "current");

    ImportOutcome again = importList.run("ofac-csv", ListFixtures.path("ofac_sdn_2021-07"), ParseProgress.NONE);
    assertThat(again.unchanged()).isTrue();
    assertThat(jdbc.sql("select count(*) from watchlist_version where list_name = 'ofac-sdn'").query(Integer.class)
        .single()).isEqualTo(2);
  }

  @Test
  void aFailedImportLeavesThePreviousVersionInUse(@TempDir Path temp) throws Exception {
    importList.run("un-xml", ListFixtures.path("un_consolidated/UN_consolidated.xml"), ParseProgress.NONE);
    Path cut = ListFixtures.truncated(ListFixtures.path("un_consolidated/UN_consolidated.xml"), 0.5,
        temp.resolve("UN_consolidated.xml"));

    assertThatThrownBy(() -> importList.run("un-xml", cut, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessageContaining("UN_consolidated.xml line ");
    assertThat(active.versions()).filteredOn(v -> v.list().equals("un")).singleElement()
        .extracting(ListVersion::version).isEqualTo(1);
    assertThat(active.entities("un")).hasSize(1003);
  }

  @Test
  void theUkListImportsReadsBackAsParsedAndACutFileChangesNothing(@TempDir Path temp) throws Exception {
    Path file = ListFixtures.path("uk_sanctions/UK-Sanctions-List.csv");
    ListVersion first = importList.run("uk-csv", file, ParseProgress.NONE).version();
    Path cut = ListFixtures.truncated(file, 0.6, temp.resolve("UK-Sanctions-List.csv"));

    assertThat(first).extracting(ListVersion::list, ListVersion::entities, ListVersion::added)
        .containsExactly("uk-sanctions", 6, 6);
    assertThat(active.entities("uk-sanctions")).containsExactlyInAnyOrderElementsOf(
        new UkCsvParser().parse(file, ParseProgress.NONE).entities());
    assertThatThrownBy(() -> importList.run("uk-csv", cut, ParseProgress.NONE)).isInstanceOf(ListFormatException.class)
        .hasMessageContaining("UK-Sanctions-List.csv line ");
    assertThat(active.versions()).filteredOn(v -> v.list().equals("uk-sanctions")).singleElement().isEqualTo(first);
    assertThat(active.entities("uk-sanctions")).hasSize(6);
  }

  @Test
  void ownershipsAndEveryCurrentEntityAreServedToTheEngine() throws Exception {
    importList.run("ftm", ListFixtures.path("opensanctions_ftm/yente_zala_cluster_entities.ftm.json"), ParseProgress.NONE);

    ParsedList parsed = new FtmParser().parse(ListFixtures.path("opensanctions_ftm/yente_zala_cluster_entities.ftm.json"),
        ParseProgress.NONE);
    assertThat(active.ownerships()).usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
        .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
        .containsExactlyInAnyOrderElementsOf(parsed.ownerships());
    List<WatchlistEntity> all = new ArrayList<>();
    active.forEachEntity(all::add);
    assertThat(all).filteredOn(e -> e.source().equals("opensanctions")).hasSize(17);
    // the flag is stored with the version and reads back as derived
    assertThat(all).filteredOn(WatchlistEntity::ownedOrControlled).singleElement()
        .isEqualTo(OwnedOrControlled.derive(parsed.entities(), parsed.ownerships(), java.time.LocalDate.now(java.time.ZoneOffset.UTC))
            .stream().filter(WatchlistEntity::ownedOrControlled).findFirst().orElseThrow());
  }
}
