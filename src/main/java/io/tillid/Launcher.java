package io.tillid;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.CliCommand;
import io.tillid.platform.launch.ConfigurationRefused;
import io.tillid.platform.launch.DevEnvironment;
import io.tillid.platform.launch.LaunchProperties;
import io.tillid.platform.launch.ProductionEnvironment;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Parses the {@code ./tillid} command line, checks configuration before anything starts, and runs
 * the server or a one-shot command. Every failure is one line on standard error and a non-zero
 * exit: 2 for bad usage or configuration, 1 for a command's negative answer or a failed start.
 */
@SuppressFBWarnings(value = "PATH_TRAVERSAL_IN",
    justification = "The operator names the import file on the command line; reading it is the point.")
final class Launcher {

  /** Returned when the server was started and the process must keep running. */
  static final int SERVING = -1;

  static final String USAGE = """
      usage: tillid COMMAND
        start-dev [--import FILE]     serve with an embedded database under ./data (TILLID_DATA_DIR)
        start [--import FILE]         serve in production (configuration from TILLID_* variables)
        import FILE                   provision tenants, users, clients and platform admins from FILE
        audit verify [--tenant SLUG]  verify the audit trail's hash chains
        keys status [--tenant SLUG]   master key in use, keysets per master key, data key rotations
        keys rotate --tenant SLUG [--background]   new primary data key, re-encrypt the tenant's data
        keys rotate-master --to URI   rewrap every tenant keyset under a new master key
        keys destroy --tenant SLUG --confirm SLUG   crypto-shredding: the tenant's data unreadable for good
        lists import --source SOURCE --file PATH
        screen NAME [--type T] [--birth-date YYYY[-MM[-DD]]] [--country CC] [--json]""";

  private final Map<String, String> env;
  private final PrintStream out;
  private final PrintStream err;

  Launcher(Map<String, String> env, PrintStream out, PrintStream err) {
    this.env = Map.copyOf(env);
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    if (args.length == 0 || List.of("help", "--help", "-h").contains(args[0])) {
      (args.length == 0 ? err : out).println(USAGE);
      return args.length == 0 ? CliCommand.USAGE : CliCommand.OK;
    }
    List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
    try {
      return switch (args[0]) {
        case "start-dev" -> serve(true, rest);
        case "start" -> serve(false, rest);
        case "import" -> oneShot("import", rest);
        case "audit" -> twoWordCommand("audit", rest);
        case "keys" -> twoWordCommand("keys", rest);
        case "lists" -> twoWordCommand("lists", rest);
        case "screen" -> oneShot("screen", rest);
        default -> usage("unknown command '" + args[0] + "'");
      };
    } catch (ConfigurationRefused e) {
      err.println("tillid: " + e.getMessage());
      return CliCommand.USAGE;
    }
  }

  private int twoWordCommand(String first, List<String> rest) throws ConfigurationRefused {
    if (rest.isEmpty()) {
      return usage("'" + first + "' needs a subcommand");
    }
    String name = first + " " + rest.get(0);
    return oneShot(name, rest.subList(1, rest.size()));
  }

  private int serve(boolean dev, List<String> args) throws ConfigurationRefused {
    Path importFile = null;
    for (int i = 0; i < args.size(); i++) {
      if ("--import".equals(args.get(i)) && i + 1 < args.size()) {
        importFile = Paths.get(args.get(++i));
      } else {
        return usage("unexpected argument to " + (dev ? "start-dev" : "start")
            + " (only --import FILE is accepted)");
      }
    }
    if (importFile != null && !Files.isReadable(importFile)) {
      return usage("import file " + importFile + " cannot be read");
    }
    LaunchProperties properties = dev ? DevEnvironment.prepare(env) : ProductionEnvironment.prepare(env);
    if (importFile != null) {
      int code = runCommand(properties, "import", List.of(importFile.toString()));
      if (code != CliCommand.OK) {
        return code;
      }
    }
    try {
      new SpringApplicationBuilder(TillidApplication.class)
          .properties(properties.asMap())
          .profiles("serve", dev ? "dev" : "production")
          .run();
      return SERVING;
    } catch (RuntimeException e) {
      err.println("tillid: could not start (" + rootCause(e) + "); see the log above");
      return 1;
    }
  }

  private int oneShot(String name, List<String> args) throws ConfigurationRefused {
    boolean production = env.get("TILLID_DB_URL") != null && !env.get("TILLID_DB_URL").isBlank();
    LaunchProperties properties = production ? ProductionEnvironment.database(env) : DevEnvironment.database(env);
    if (name.startsWith("keys ")) {
      // the keys commands wrap and unwrap keysets: the master key, checked as for serving
      properties = production ? ProductionEnvironment.withMasterKey(env, properties)
          : DevEnvironment.withMasterKey(env, properties);
    }
    return runCommand(properties, name, args);
  }

  private int runCommand(LaunchProperties properties, String name, List<String> args) {
    Map<String, Object> cliProperties = new HashMap<>(properties.asMap());
    cliProperties.put("spring.main.banner-mode", "off");
    // A command's own output is its answer; the log stays quiet unless something is wrong, and a
    // failed start is reported below in one line instead of a logged stack trace.
    cliProperties.put("logging.level.root", "ERROR");
    cliProperties.put("logging.level.org.springframework.boot.SpringApplication", "OFF");
    cliProperties.put("logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext", "OFF");
    cliProperties.put("tillid.cli", "true");
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TillidApplication.class)
        .web(WebApplicationType.NONE)
        .logStartupInfo(false)
        .properties(cliProperties)
        .run()) {
      CliCommand command = context.getBeansOfType(CliCommand.class).values().stream()
          .filter(candidate -> candidate.name().equals(name))
          .findFirst()
          .orElse(null);
      if (command == null) {
        err.println("tillid: '" + name + "' is not available in this version");
        return CliCommand.USAGE;
      }
      return command.run(List.copyOf(args), out, err);
    } catch (RuntimeException e) {
      err.println("tillid: " + name + " failed (" + rootCause(e) + ")");
      return 1;
    }
  }

  private int usage(String problem) {
    err.println("tillid: " + problem + "; 'tillid help' lists the commands");
    return CliCommand.USAGE;
  }

  /** The innermost cause in one line: startup failures are about configuration, not personal data. */
  private static String rootCause(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
    String line = cause.getClass().getSimpleName() + message;
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
