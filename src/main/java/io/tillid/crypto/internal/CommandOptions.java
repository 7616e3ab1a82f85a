package io.tillid.crypto.internal;

import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantRef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of a {@code keys} command: {@code --name value} pairs and bare flags, each allowed
 * at most once; anything else makes {@link #parse} return empty, for a usage line.
 */
final class CommandOptions {

  private final Map<String, String> values;
  private final Set<String> flags;

  private CommandOptions(Map<String, String> values, Set<String> flags) {
    this.values = values;
    this.flags = flags;
  }

  static Optional<CommandOptions> parse(List<String> args, Set<String> valued, Set<String> bare) {
    Map<String, String> values = new HashMap<>();
    Set<String> flags = new HashSet<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (valued.contains(arg) && i + 1 < args.size() && !values.containsKey(arg)) {
        values.put(arg, args.get(++i));
      } else if (bare.contains(arg) && flags.add(arg)) {
        continue;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new CommandOptions(values, flags));
  }

  Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  /** A client firm by its slug (the platform realm has no keys of its own to manage). */
  static Optional<TenantRef> tenant(TenantDirectory directory, String slug) {
    if (directory == null) {
      return Optional.empty();
    }
    return directory.findBySlug(slug).filter(ref -> !ref.id().equals(TenantId.PLATFORM));
  }
}
