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
 * {@code tillid keys destroy --tenant SLUG --confirm SLUG}: crypto-shredding. Irreversible, so the
 * slug must be typed twice; the rows stay, unreadable.
 */
@Component
class KeysDestroyCommand implements CliCommand {

  private static final String USAGE_LINE = "keys: usage: keys destroy --tenant SLUG --confirm SLUG";

  private final CryptoShredding shredding;
  private final ObjectProvider<TenantDirectory> directory;

  KeysDestroyCommand(CryptoShredding shredding, ObjectProvider<TenantDirectory> directory) {
    this.shredding = shredding;
    this.directory = directory;
  }

  @Override
  public String name() {
    return "keys destroy";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Optional<CommandOptions> options = CommandOptions.parse(args, Set.of("--tenant", "--confirm"), Set.of());
    if (options.isEmpty() || options.get().value("--tenant").isEmpty() || options.get().value("--confirm").isEmpty()) {
      err.println(USAGE_LINE);
      return USAGE;
    }
    String slug = options.get().value("--tenant").get();
    if (!slug.equals(options.get().value("--confirm").get())) {
      err.println("keys: --confirm must repeat the tenant's slug; nothing was destroyed");
      return USAGE;
    }
    Optional<TenantRef> tenant = TenantScope.system("keys destroy: find the tenant by slug",
        () -> CommandOptions.tenant(directory.getIfUnique(), slug));
    if (tenant.isEmpty()) {
      err.println("keys: no tenant has that slug");
      return USAGE;
    }
    shredding.destroy(tenant.get().id());
    out.println("keys: tenant " + tenant.get().slug() + ": keys destroyed; its encrypted data can never be read again");
    return OK;
  }
}
