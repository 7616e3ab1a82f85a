package io.tillid.crypto.internal;

import io.tillid.platform.CliCommand;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code tillid keys rotate-master --to NEW_URI}: every tenant keyset rewrapped under the new
 * master key, run with the current one configured; then the operator switches
 * {@code TILLID_MASTER_KEY_URI} to the new URI. Running it again resumes (and, after the switch,
 * picks up any keyset a node still made under the old key).
 */
@Component
class KeysRotateMasterCommand implements CliCommand {

  private final MasterKeyRotation rotation;

  KeysRotateMasterCommand(MasterKeyRotation rotation) {
    this.rotation = rotation;
  }

  @Override
  public String name() {
    return "keys rotate-master";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Optional<CommandOptions> options = CommandOptions.parse(args, Set.of("--to"), Set.of());
    if (options.isEmpty() || options.get().value("--to").isEmpty()) {
      err.println("keys: usage: keys rotate-master --to NEW_MASTER_KEY_URI");
      return USAGE;
    }
    String target = options.get().value("--to").get();
    try {
      java.net.URI.create(target);
    } catch (IllegalArgumentException e) {
      err.println("keys: the new master key URI is not a URI");
      return USAGE;
    }
    MasterKeyRotation.Result result;
    try {
      result = rotation.rotate(target, done -> {
        if (done % 100 == 0) {
          out.println("keys: " + done + " keysets rewrapped");
        }
      });
    } catch (IllegalStateException e) {
      err.println("keys: " + e.getMessage());
      return USAGE;
    }
    out.println("keys: " + result.rewrapped() + " keysets rewrapped from master key " + result.fromId() + " to "
        + result.toId() + "; now set TILLID_MASTER_KEY_URI to the new URI on every node");
    return OK;
  }
}
