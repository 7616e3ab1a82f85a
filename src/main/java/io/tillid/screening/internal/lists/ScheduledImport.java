package io.tillid.screening.internal.lists;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scheduled fetch of a list: downloads its files to a temporary folder, imports them (an
 * unchanged file makes no new version) and deletes them. Failures are logged by source and
 * reason only; the current version stays in use.
 */
public final class ScheduledImport implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledImport.class);

  private final String source;
  private final List<URI> urls;
  private final ListFetcher fetcher;
  private final ImportList importList;

  public ScheduledImport(String source, List<URI> urls, ListFetcher fetcher, ImportList importList) {
    this.source = source;
    this.urls = List.copyOf(urls);
    this.fetcher = fetcher;
    this.importList = importList;
  }

  @Override
  public void run() {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("tillid-list-");
      ImportOutcome outcome = importList.run(source, fetcher.fetch(urls, folder), ParseProgress.NONE);
      ListVersion version = outcome.version();
      LOG.atInfo().setMessage("list fetched").addKeyValue("source", source).addKeyValue("list", version.list())
          .addKeyValue("version", version.version()).addKeyValue("unchanged", outcome.unchanged())
          .addKeyValue("entities", version.entities()).addKeyValue("added", version.added())
          .addKeyValue("changed", version.changed()).addKeyValue("removed", version.removed()).log();
    } catch (ListFormatException e) {
      // the problem names a position in a file whose name this class chose, never the file's content
      LOG.atWarn().setMessage("list fetch refused").addKeyValue("source", source).addKeyValue("problem", e.getMessage()).log();
    } catch (IOException | RuntimeException e) {
      LOG.atWarn().setMessage("list fetch failed").addKeyValue("source", source)
          .addKeyValue("error", e.getClass().getSimpleName()).log();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.atWarn().setMessage("list fetch left temporary files").addKeyValue("error", e.getClass().getSimpleName()).log();
    }
  }
}
