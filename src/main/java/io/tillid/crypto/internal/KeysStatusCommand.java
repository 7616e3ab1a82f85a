package io.tillid.crypto.internal;

import io.tillid.platform.CliCommand;
import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantRef;
import io.tillid.platform.TenantScope;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code tillid keys status [--tenant SLUG]}: the configured master key's id, how many keysets
 * each master key wraps (a master key rotation is done when all are under the new one), and the
 * data key rotations with their progress, newest first.
 */
@Component
class KeysStatusCommand implements CliCommand {

  private final RotationJobRepository jobs;
  private final MasterKey masterKey;
  private final JdbcClient jdbc;
  private final ObjectProvider<TenantDirectory> directory;

  KeysStatusCommand(RotationJobRepository jobs, MasterKey masterKey, JdbcClient jdbc,
      ObjectProvider<TenantDirectory> directory) {
    this.jobs = jobs;
    this.masterKey = masterKey;
    this.jdbc = jdbc;
    this.directory = directory;
  }

  @Override
  public String name() {
    return "keys status";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Optional<CommandOptions> options = CommandOptions.parse(args, Set.of("--tenant"), Set.of());
    if (options.isEmpty()) {
      err.println("keys: usage: keys status [--tenant SLUG]");
      return USAGE;
    }
    return TenantScope.system("keys status: keysets and rotations", () -> {
      TenantDirectory tenants = directory.getIfUnique();
      Optional<TenantId> only = Optional.empty();
      if (options.get().value("--tenant").isPresent()) {
        only = CommandOptions.tenant(tenants, options.get().value("--tenant").get()).map(TenantRef::id);
        if (only.isEmpty()) {
          err.println("keys: no tenant has that slug");
          return USAGE;
        }
      }
      report(only, tenants, out);
      return OK;
    });
  }

  private void report(Optional<TenantId> only, TenantDirectory tenants, PrintStream out) {
    out.println("keys: configured master key " + masterKey.id());
    String filter = only.isPresent() ? " and tenant_id = ?" : "";
    JdbcClient.StatementSpec counts = jdbc.sql("select master_key_id, count(*) from tenant_keyset "
        + "where state = 'active'" + filter + " group by master_key_id order by master_key_id");
    if (only.isPresent()) {
      counts = counts.param(only.get().value());
    }
    for (Map.Entry<String, Long> count : counts.query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2))).list()) {
      out.println("keys: master key " + count.getKey() + " wraps " + count.getValue() + " keysets");
    }
    List<RotationJob> listed = jobs.list(only);
    if (listed.isEmpty()) {
      out.println("keys: no data key rotations");
    }
    for (RotationJob job : listed) {
      String slug = Optional.ofNullable(tenants).flatMap(found -> found.findById(job.tenant()))
          .map(TenantRef::slug).orElseGet(() -> job.tenant().toString());
      out.println("keys: tenant " + slug + ": " + job.progress() + ", started " + job.startedAt()
          + (job.finishedAt() == null ? "" : ", ended " + job.finishedAt()));
    }
  }
}
