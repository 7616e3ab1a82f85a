package io.tillid.screening.internal.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The real list files under src/test/resources/lists (see SOURCES.md there). */
final class ListFixtures {

  static final Path ROOT = Path.of("src", "test", "resources", "lists");

  private ListFixtures() {}

  static Path path(String relative) {
    return ROOT.resolve(relative);
  }

  static WatchlistEntity entity(ParsedList list, String id) {
    return list.entities().stream().filter(e -> e.entityId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity " + id));
  }

  static long count(ParsedList list, EntityType type) {
    return list.entities().stream().filter(e -> e.type() == type).count();
  }

  /** Copies a fixture folder to {@code target} so that a test can break its files. */
  static Path copyFolder(String relative, Path target) throws IOException {
    try (Stream<Path> files = Files.list(path(relative))) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName().toString()));
      }
    }
    return target;
  }

  /** Writes the first {@code fraction} of the fixture's bytes to {@code target}. */
  static Path truncated(Path source, double fraction, Path target) throws IOException {
    byte[] bytes = Files.readAllBytes(source);
    Files.write(target, java.util.Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    return target;
  }
}
