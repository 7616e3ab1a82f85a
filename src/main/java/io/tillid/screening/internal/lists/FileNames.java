package io.tillid.screening.internal.lists;

import java.nio.file.Path;

/** How errors name a list file: by its file name only, never by the folder it is in. */
final class FileNames {

  private FileNames() {}

  static String of(Path file) {
    Path name = file.getFileName();
    return name == null ? "the file" : name.toString();
  }

  /** The folder of a file, or the folder itself. */
  static Path folderOf(Path file) {
    if (java.nio.file.Files.isDirectory(file)) {
      return file;
    }
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? file : parent;
  }
}
