package io.tillid.screening.internal.lists;

import java.nio.file.Path;

/**
 * Reads one list format into {@link WatchlistEntity} records. Implementations are chosen by
 * {@link #source()}, the id the {@code lists import --source} option names.
 */
public interface ListParser {

  /** The format's id on the command line, such as {@code ofac-csv}. */
  String source();

  /** The list the format carries, stored and versioned under this name (two formats may share one). */
  String list();

  /**
   * Parses the whole file (or folder, for formats of several files) before anything is stored.
   *
   * @throws ListFormatException naming the position (file, line, element or JSON line) of the first problem
   */
  ParsedList parse(Path file, ParseProgress progress) throws ListFormatException;
}
