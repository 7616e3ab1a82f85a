package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportListTest {

  private final InMemoryWatchlistStore store = new InMemoryWatchlistStore();
  private final ImportList importList = new ImportList(ListParsers.all(), store,
      Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void ofac2021AgainstOfac2019AddsChangesAndRemovesByEntityId() throws Exception {
    ListVersion first = importList.run("ofac-csv", ListFixtures.path("ofac_sdn_2019-01"), ParseProgress.NONE).version();
    ListVersion second = importList.run("ofac-csv", ListFixtures.path("ofac_sdn_2021-07"), ParseProgress.NONE).version();

    assertThat(first).extracting(ListVersion::list, ListVersion::version, ListVersion::entities, ListVersion::added,
        ListVersion::changed, ListVersion::removed).containsExactly("ofac-sdn", 1, 7379, 7379, 0, 0);
    // 1,858 entry numbers are new in 2021 and 261 of 2019's are gone (counted independently from the files)
    assertThat(second).extracting(ListVersion::version, ListVersion::entities, ListVersion::added, ListVersion::removed)
        .containsExactly(2, 8976, 1858, 261);
    // of the 7,118 entries in both, 356 differ in names, dates, countries, identifiers or programmes
    assertThat(second.changed()).isEqualTo(356);
    assertThat(store.changes.get("ofac-sdn")).hasSize(1858 + 261 + second.changed())
        .allMatch(change -> change.contentHash().length() == 64);
    assertThat(store.changes.get("ofac-sdn")).contains(new ListChange("2676", ListChange.Kind.CHANGED,
        EntityFingerprint.of(store.entities.get("ofac-sdn").get("2676"))));
  }

  @Test
  void theSameFileAgainMakesNoNewVersion() throws Exception {
    importList.run("un-xml", ListFixtures.path("un_consolidated/UN_consolidated.xml"), ParseProgress.NONE);
    ImportOutcome again = importList.run("un-xml", ListFixtures.path("un_consolidated/UN_consolidated.xml"),
        ParseProgress.NONE);

    assertThat(again.unchanged()).isTrue();
    assertThat(again.version().version()).isEqualTo(1);
  }

  @Test
  void aBadFileLeavesTheCurrentVersionAsItWas(@TempDir Path temp) throws Exception {
    importList.run("bis-dpl", ListFixtures.path("us_bis_dpl/dpl_2021.txt"), ParseProgress.NONE);
    Path cut = ListFixtures.truncated(ListFixtures.path("us_bis_dpl/dpl_2021.txt"), 0.3, temp.resolve("dpl.txt"));

    assertThatThrownBy(() -> importList.run("bis-dpl", cut, ParseProgress.NONE)).isInstanceOf(ListFormatException.class);
    assertThat(store.versions.get("bis-dpl").version()).isEqualTo(1);
    assertThat(store.entities.get("bis-dpl")).hasSize(579);
  }

  @Test
  void anEmptyFullListIsRefused(@TempDir Path temp) throws Exception {
    Path empty = Files.writeString(temp.resolve("s.json"), "\n");

    assertThatThrownBy(() -> importList.run("senzing", empty, ParseProgress.NONE)).hasMessage("s.json: holds no entries");
  }

  @Test
  void ftmDeltasChangeTheCurrentVersion() throws Exception {
    Path deltas = ListFixtures.path("opensanctions_ftm/yente_t2_deltas");
    ListVersion v1 = importList.run("ftm", deltas.resolve("20240527194702-wnk.entities.delta.json"), ParseProgress.NONE)
        .version();
    ListVersion v2 = importList.run("ftm", deltas.resolve("20240528014702-pfh.entities.delta.json"), ParseProgress.NONE)
        .version();
    ListVersion v3 = importList.run("ftm", deltas.resolve("20240528074703-npf.entities.delta.json"), ParseProgress.NONE)
        .version();

    assertThat(v1.added()).isEqualTo(v1.entities());
    assertThat(v2.added()).isEqualTo(1);
    assertThat(v2.changed()).isEqualTo(1);
    assertThat(store.entities.get("opensanctions").get("NK-2T3S8Hu29ktYnKSTgQp2wL").primaryName())
        .isEqualTo("Foobar Foobargroup");
    assertThat(v3).extracting(ListVersion::added, ListVersion::changed, ListVersion::removed).containsExactly(0, 0, 1);
    assertThat(v3.entities()).isEqualTo(v2.entities() - 1);
    assertThat(store.entities.get("opensanctions")).doesNotContainKey("NK-500Poltergeist");
  }

  @Test
  void ownershipsOfAFullFileAreKept() throws Exception {
    importList.run("ftm", ListFixtures.path("opensanctions_ftm/yente_zala_cluster_entities.ftm.json"), ParseProgress.NONE);

    assertThat(store.currentOwnerships("opensanctions")).hasSize(14);
  }

  @Test
  void anUnknownSourceIsRefused() {
    assertThatThrownBy(() -> importList.run("nope", ListFixtures.path("un_consolidated"), ParseProgress.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anFtmImportStoresTheOwnedOrControlledFlagInItsVersion() throws Exception {
    importList.run("ftm", ListFixtures.path("opensanctions_ftm/yente_zala_cluster_entities.ftm.json"), ParseProgress.NONE);

    Map<String, WatchlistEntity> stored = store.entities.get("opensanctions");
    assertThat(stored.values()).filteredOn(WatchlistEntity::ownedOrControlled).extracting(WatchlistEntity::entityId)
        .containsExactly("NK-abdzbEBkqyT29GyREbiURZ");
    assertThat(stored.get("NK-abdzbEBkqyT29GyREbiURZ").ownedOrControlledBy()).extracting(ControllingOwner::share)
        .containsExactly(new BigDecimal("51"), new BigDecimal("49"));
    assertThat(store.ownerships.get("opensanctions")).filteredOn(o -> o.endDate() != null).hasSize(11);
  }

  @Test
  void aDeltaAddingAnOwnershipFlagsTheAssetAsAChangeAndRemovingItClearsTheFlag(@TempDir Path temp) throws Exception {
    importList.run("ftm", ListFixtures.path("opensanctions_ftm/yente_zala_cluster_entities.ftm.json"), ParseProgress.NONE);
    String sps = "NK-9Xa4Kg7Y7nfccE7VcZt6Q6";
    Path add = Files.writeString(temp.resolve("add.delta.json"), "{\"op\":\"ADD\",\"entity\":{\"id\":\"own-new\","
        + "\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"NK-aU5ybkbRFJucf8YMwsJvDw\"],"
        + "\"asset\":[\"" + sps + "\"],\"percentage\":[\"60\"]}}}\n");
    Path remove = Files.writeString(temp.resolve("del.delta.json"), "{\"op\":\"DEL\",\"entity\":{\"id\":\"own-new\"}}\n");

    ListVersion added = importList.run("ftm", add, ParseProgress.NONE).version();
    assertThat(added).extracting(ListVersion::entities, ListVersion::added, ListVersion::changed, ListVersion::removed)
        .containsExactly(17, 0, 1, 0);
    assertThat(store.changes.get("opensanctions")).extracting(ListChange::entityId).containsExactly(sps);
    assertThat(store.entities.get("opensanctions").get(sps).ownedOrControlledBy()).extracting(ControllingOwner::name)
        .containsExactly("Aleksandr Vyacheslavovich Zakharov");

    ListVersion removed = importList.run("ftm", remove, ParseProgress.NONE).version();
    assertThat(removed.changed()).isEqualTo(1);
    assertThat(store.entities.get("opensanctions").get(sps).ownedOrControlled()).isFalse();
    assertThat(store.ownerships.get("opensanctions")).hasSize(14);
  }
}
