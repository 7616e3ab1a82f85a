package io.tillid.screening.internal.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFetcherTest {

  private final ListFetcher fetcher = new ListFetcher(HttpClient.newHttpClient(), 10_000_000, Duration.ofSeconds(20));

  @Test
  void oneUrlGivesTheFileSeveralAFolderNamedByTheirPaths(@TempDir Path temp) throws Exception {
    try (LocalListServer server = new LocalListServer()) {
      URI dpl = server.serve("/dpl/dpl.txt", ListFixtures.path("us_bis_dpl/dpl.txt"));
      List<URI> ofac = List.of(server.serve("/exports/SDN.CSV", ListFixtures.path("ofac_sdn_2019-01/sdn.csv")),
          server.serve("/exports/ADD.CSV", ListFixtures.path("ofac_sdn_2019-01/add.csv")),
          server.serve("/exports/ALT.CSV", ListFixtures.path("ofac_sdn_2019-01/alt.csv")));

      Path file = fetcher.fetch(List.of(dpl), Files.createDirectory(temp.resolve("a")));
      Path folder = fetcher.fetch(ofac, Files.createDirectory(temp.resolve("b")));

      assertThat(file.getFileName()).hasToString("dpl.txt");
      assertThat(Files.mismatch(file, ListFixtures.path("us_bis_dpl/dpl.txt"))).isEqualTo(-1);
      assertThat(folder.resolve("sdn.csv")).exists();
      assertThat(new OfacCsvParser().parse(folder, ParseProgress.NONE).entities()).hasSize(7379);
    }
  }

  @Test
  void anErrorStatusOrAnOversizedFileFails(@TempDir Path temp) throws Exception {
    try (LocalListServer server = new LocalListServer()) {
      URI missing = server.url("/missing.xml");
      URI big = server.serve("/big.csv", ListFixtures.path("ofac_sdn_2019-01/sdn.csv"));
      ListFetcher small = new ListFetcher(HttpClient.newHttpClient(), 1000, Duration.ofSeconds(20));

      assertThatThrownBy(() -> fetcher.fetch(List.of(missing), temp)).isInstanceOf(IOException.class)
          .hasMessage("HTTP status 404 for missing.xml");
      assertThatThrownBy(() -> small.fetch(List.of(big), temp)).isInstanceOf(IOException.class)
          .hasMessage("larger than 1000 bytes");
    }
  }

  @Test
  void aScheduledImportFetchesImportsAndKeepsTheVersionWhenTheFileIsBad(@TempDir Path temp) throws Exception {
    InMemoryWatchlistStore store = new InMemoryWatchlistStore();
    ImportList importList = new ImportList(ListParsers.all(), store, Clock.systemUTC());
    Path cut = ListFixtures.truncated(ListFixtures.path("us_bis_dpl/dpl.txt"), 0.5, temp.resolve("dpl.txt"));
    try (LocalListServer server = new LocalListServer()) {
      URI url = server.serve("/dpl.txt", ListFixtures.path("us_bis_dpl/dpl.txt"));
      new ScheduledImport("bis-dpl", List.of(url), fetcher, importList).run();
      assertThat(store.versions.get("bis-dpl").version()).isEqualTo(1);

      server.serve("/dpl.txt", cut);
      new ScheduledImport("bis-dpl", List.of(url), fetcher, importList).run();
      assertThat(store.versions.get("bis-dpl").version()).isEqualTo(1);
      assertThat(store.entities.get("bis-dpl")).hasSize(543);
    }
  }
}
