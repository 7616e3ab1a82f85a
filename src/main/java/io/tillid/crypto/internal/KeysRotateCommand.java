package io.tillid.crypto.internal;

import io.tillid.platform.CliCommand;
import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantRef;
import io.tillid.platform.TenantScope;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code tillid keys rotate --tenant SLUG [--background]}: a new primary data key for the tenant,
 * then the re-encryption of its encrypted columns with progress lines, until the old key is gone.
 * With {@code --background} it returns after adding the key and the serving nodes do the walk.
 * Run again while a rotation is unfinished, it carries that one on instead of adding a key.
 */
@Component
class KeysRotateCommand implements CliCommand {

  private static final String USAGE_LINE = "keys: usage: keys rotate --tenant SLUG [--background]";

  private final DataKeyRotation rotation;
  private final RotationRunner runner;
  private final ObjectProvider<TenantDirectory> directory;

  KeysRotateCommand(DataKeyRotation rotation, RotationRunner runner, ObjectProvider<TenantDirectory> directory) {
    this.rotation = rotation;
    this.runner = runner;
    this.directory = directory;
  }

  @Override
  public String name() {
    return "keys rotate";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Optional<CommandOptions> options = CommandOptions.parse(args, Set.of("--tenant"), Set.of("--background"));
    if (options.isEmpty() || options.get().value("--tenant").isEmpty()) {
      err.println(USAGE_LINE);
      return USAGE;
    }
    Optional<TenantRef> tenant = TenantScope.system("keys rotate: find the tenant by slug",
        () -> CommandOptions.tenant(directory.getIfUnique(), options.get().value("--tenant").get()));
    if (tenant.isEmpty()) {
      err.println("keys: no tenant has that slug");
      return USAGE;
    }
    String slug = tenant.get().slug();
    RotationJob job = rotation.start(tenant.get().id());
    out.println("keys: tenant " + slug + ": new primary data key; " + job.progress());
    if (options.get().flag("--background")) {
      out.println("keys: tenant " + slug + ": the serving nodes re-encrypt in the background; see 'keys status'");
      return OK;
    }
    if (!runner.settle().isZero()) {
      out.println("keys: waiting up to " + runner.settle().toSeconds() + " s for every node to load the new key");
    }
    try {
      RotationJob finished = runner.run(job, progress -> out.println("keys: tenant " + slug + ": " + progress.progress()));
      out.println("keys: tenant " + slug + ": rotation " + finished.id() + " " + finished.state()
          + "; the old data key is removed");
      return OK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("keys: interrupted; the rotation resumes with 'keys rotate' or on a serving node");
      return 1;
    }
  }
}
