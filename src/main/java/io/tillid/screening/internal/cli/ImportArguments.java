package io.tillid.screening.internal.cli;

import java.util.List;

/** {@code --source SOURCE --file PATH}, in either order, each exactly once. */
record ImportArguments(String source, String file) {

  /** The arguments, or null when they are not exactly these two options. */
  static ImportArguments parse(List<String> args) {
    String source = null;
    String file = null;
    if (args.size() != 4) {
      return null;
    }
    for (int i = 0; i < args.size(); i += 2) {
      String value = args.get(i + 1);
      if ("--source".equals(args.get(i)) && source == null) {
        source = value;
      } else if ("--file".equals(args.get(i)) && file == null) {
        file = value;
      } else {
        return null;
      }
    }
    return source == null || file == null || source.isBlank() || file.isBlank() ? null : new ImportArguments(source, file);
  }
}
