package io.tillid.screening.internal.cli;

import io.tillid.platform.CliCommand;
import io.tillid.screening.internal.lists.ImportList;
import io.tillid.screening.internal.lists.ImportOutcome;
import io.tillid.screening.internal.lists.ListFormatException;
import io.tillid.screening.internal.lists.ListParsers;
import io.tillid.screening.internal.lists.ListVersion;
import io.tillid.screening.internal.monitoring.ListMonitoring;
import io.tillid.screening.internal.monitoring.Run;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code tillid lists import --source SOURCE --file PATH}: imports a list file as a new version,
 * printing progress and a summary, then rescreens every tenant's monitored customers against what it
 * changed (ongoing monitoring). Exit 0 when imported (or unchanged), 1 when the file is
 * malformed or cannot be stored (one line naming the position; nothing is written), 2 for bad usage.
 */
@Component
class ListsImportCommand implements CliCommand {

  static final int FAILED = 1;

  private final ImportList importList;
  private final ListParsers parsers;
  private final ListMonitoring monitoring;

  ListsImportCommand(ImportList importList, ListParsers parsers, ListMonitoring monitoring) {
    this.importList = importList;
    this.parsers = parsers;
    this.monitoring = monitoring;
  }

  @Override
  public String name() {
    return "lists import";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    ImportArguments arguments = ImportArguments.parse(args);
    if (arguments == null) {
      err.println("lists: usage: lists import --source SOURCE --file PATH (SOURCE: "
          + String.join(", ", parsers.sources()) + ")");
      return USAGE;
    }
    if (parsers.forSource(arguments.source()).isEmpty()) {
      err.println("lists: unknown source; use one of " + String.join(", ", parsers.sources()));
      return USAGE;
    }
    Path file = Path.of(arguments.file());
    if (!Files.exists(file)) {
      err.println("lists: the file to import does not exist");
      return USAGE;
    }
    long started = System.nanoTime();
    ImportOutcome outcome;
    try {
      outcome = importList.run(arguments.source(), file,
          count -> out.println("lists: " + arguments.source() + ": " + count + " entries read"));
      report(outcome, out, started);
    } catch (ListFormatException e) {
      err.println("lists: import failed, nothing changed: " + e.getMessage());
      return FAILED;
    } catch (DataAccessException e) {
      err.println("lists: import failed, nothing changed: the list could not be stored ("
          + e.getClass().getSimpleName() + ")");
      return FAILED;
    }
    return outcome.unchanged() ? OK : rescreen(arguments, out, err);
  }

  /** Rescreens the monitored customers against what the import changed (a failure leaves it to the next catch-up). */
  private int rescreen(ImportArguments arguments, PrintStream out, PrintStream err) {
    try {
      List<Run> runs = monitoring.catchUp();
      if (!runs.isEmpty()) {
        out.println("lists: rescreened " + runs.stream().mapToInt(Run::done).sum() + " monitored customers of "
            + runs.size() + " tenants against " + runs.get(0).lists() + ": "
            + runs.stream().mapToInt(Run::hitsRaised).sum() + " hits raised, "
            + runs.stream().mapToInt(Run::hitsClosed).sum() + " closed");
      }
      return OK;
    } catch (DataAccessException e) {
      err.println("lists: " + arguments.source() + " imported, but rescreening the customers failed ("
          + e.getClass().getSimpleName() + "); the next catch-up of a server repeats it");
      return FAILED;
    }
  }

  private static void report(ImportOutcome outcome, PrintStream out, long started) {
    ListVersion version = outcome.version();
    if (outcome.unchanged()) {
      out.println("lists: " + version.list() + " unchanged: this file is the one version " + version.version()
          + " was imported from");
      return;
    }
    out.println(String.format(Locale.ROOT, "lists: %s version %d imported from %s: %d entries; %d added, %d changed,"
        + " %d removed (%.1f s)", version.list(), version.version(), version.format(), version.entities(),
        version.added(), version.changed(), version.removed(), (System.nanoTime() - started) / 1e9));
  }
}
