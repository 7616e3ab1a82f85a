package io.tillid.identity.internal;

import io.tillid.platform.TenantScope;
import io.tillid.platform.BadInputException;
import io.tillid.platform.CliCommand;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code tillid import FILE}, also run by {@code start --import FILE}: provisions from an import file. */
@Component
class ImportCommand implements CliCommand {

  private final ImportProvisioning provisioning;

  ImportCommand(ImportProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public String name() {
    return "import";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 1) {
      err.println("import: expected exactly one argument, the import FILE");
      return USAGE;
    }
    try {
      ImportSummary summary = TenantScope.system("import: a file may provision several tenants",
          () -> provisioning.importFile(Path.of(args.get(0))));
      out.println(summary);
      return OK;
    } catch (BadInputException e) {
      err.println("import: " + e.getMessage() + "; nothing was imported");
      return USAGE;
    } catch (InvalidPathException e) {
      err.println("import: the file name is not a valid path; nothing was imported");
      return USAGE;
    }
  }
}
