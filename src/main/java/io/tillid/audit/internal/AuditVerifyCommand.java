package io.tillid.audit.internal;

import io.tillid.platform.TenantScope;
import io.tillid.audit.AuditVerifier;
import io.tillid.audit.ChainVerification;
import io.tillid.platform.CliCommand;
import io.tillid.platform.TenantDirectory;
import io.tillid.platform.TenantId;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * {@code tillid audit verify [--tenant SLUG]}: verifies every chain, or one tenant's, one line
 * each. Exit 0 when all are intact, 1 naming the first broken entry of each broken chain, 2 for
 * bad usage or an unknown tenant. {@code SLUG} may also be a tenant id.
 */
@Component
class AuditVerifyCommand implements CliCommand {

  static final int BROKEN = 1;

  private final AuditVerifier verifier;
  private final ObjectProvider<TenantDirectory> directory;

  AuditVerifyCommand(AuditVerifier verifier, ObjectProvider<TenantDirectory> directory) {
    this.verifier = verifier;
    this.directory = directory;
  }

  @Override
  public String name() {
    return "audit verify";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    return TenantScope.system("audit verify: every tenant's chain", () -> verify(args, out, err));
  }

  private int verify(List<String> args, PrintStream out, PrintStream err) {
    TenantNames names = new TenantNames(directory.getIfUnique(), verifier);
    try {
      List<TenantId> tenants;
      if (args.isEmpty()) {
        tenants = verifier.chains();
      } else if (args.size() == 2 && "--tenant".equals(args.get(0))) {
        Optional<TenantId> tenant = names.resolve(args.get(1));
        if (tenant.isEmpty()) {
          err.println("audit: no tenant has that slug");
          return USAGE;
        }
        tenants = List.of(tenant.get());
      } else {
        err.println("audit: usage: audit verify [--tenant SLUG]");
        return USAGE;
      }
      return report(tenants, names, out, err);
    } catch (DataAccessException e) {
      err.println("audit: cannot read the audit trail (" + e.getClass().getSimpleName() + ")");
      return BROKEN;
    }
  }

  private int report(List<TenantId> tenants, TenantNames names, PrintStream out, PrintStream err) {
    if (tenants.isEmpty()) {
      out.println("audit: no audit chains yet");
    }
    int code = OK;
    for (TenantId tenant : tenants) {
      ChainVerification result = verifier.verify(tenant);
      String name = names.nameOf(tenant);
      if (result.isIntact()) {
        out.println("audit: tenant " + name + ": " + result.entries()
            + (result.entries() == 1 ? " entry" : " entries") + " intact");
      } else {
        ChainVerification.Break first = result.firstBreak();
        err.println("audit: tenant " + name + ": chain broken at entry " + first.seq()
            + " (" + first.reason().description() + ")");
        code = BROKEN;
      }
    }
    return code;
  }
}
