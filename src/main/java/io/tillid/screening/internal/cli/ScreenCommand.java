package io.tillid.screening.internal.cli;

import io.tillid.platform.BadInputException;
import io.tillid.platform.CliCommand;
import io.tillid.screening.internal.screen.ScreeningRequest;
import io.tillid.screening.internal.screen.ScreeningResponse;
import io.tillid.screening.internal.screen.ScreeningService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code tillid screen NAME [--type person|organization|vessel|aircraft] [--birth-date YYYY[-MM[-DD]]]
 * [--country CC] [--json]}: screens a name against the current list versions and prints the
 * matches, best first (score, name, matched name, source, entity id; for an entity owned 50% or more
 * by listed parties, a second line naming them with their shares), or with {@code --json} the
 * API's answer. Exit 0 with or without matches; 2 with one line for bad usage or an absurd name.
 */
@Component
class ScreenCommand implements CliCommand {

  static final String USAGE_LINE = "screen: usage: screen NAME [--type person|organization|vessel|aircraft]"
      + " [--birth-date YYYY[-MM[-DD]]] [--country CC] [--json]";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ScreeningService screenings;

  ScreenCommand(ScreeningService screenings) {
    this.screenings = screenings;
  }

  @Override
  public String name() {
    return "screen";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Arguments parsed = Arguments.parse(args);
    if (parsed == null) {
      err.println(USAGE_LINE);
      return USAGE;
    }
    ScreeningResponse response;
    try {
      response = screenings.screen(parsed.request());
    } catch (BadInputException e) {
      err.println("screen: " + e.getMessage().replace("The field '", "The argument '"));
      return USAGE;
    }
    if (parsed.json()) {
      out.println(JSON.writeValueAsString(response));
    } else {
      print(response, out);
    }
    return OK;
  }

  private static void print(ScreeningResponse response, PrintStream out) {
    if (response.lists().isEmpty()) {
      out.println("screen: no lists have been imported yet");
    }
    if (response.matches().isEmpty()) {
      out.println("screen: no matches");
    }
    for (ScreeningResponse.MatchView match : response.matches()) {
      out.println(String.format(Locale.ROOT, "%.4f  %s  (matched: %s)  %s  %s", match.score(), match.name(),
          match.matchedName(), match.source(), match.entityId()));
      if (!match.ownedOrControlledBy().isEmpty()) {
        out.println("        owned or controlled by listed parties: " + match.ownedOrControlledBy().stream()
            .map(owner -> String.format(Locale.ROOT, "%s %s%% (%s%s)", owner.name(), owner.share().toPlainString(),
                owner.entityId(), owner.listed() ? "" : ", itself owned or controlled"))
            .collect(java.util.stream.Collectors.joining("; ")));
      }
    }
    for (ScreeningResponse.ListVersion list : response.lists()) {
      out.println("list " + list.source() + " version " + list.version());
    }
  }

  /** The command line as a request; null when it is not one. */
  record Arguments(ScreeningRequest request, boolean json) {

    static Arguments parse(List<String> args) {
      List<String> name = new ArrayList<>();
      String type = null;
      String birthDate = null;
      List<String> countries = new ArrayList<>();
      boolean json = false;
      for (int i = 0; i < args.size(); i++) {
        String arg = args.get(i);
        boolean hasValue = i + 1 < args.size();
        switch (arg) {
          case "--json" -> json = true;
          case "--type" -> {
            if (!hasValue) {
              return null;
            }
            type = args.get(++i);
          }
          case "--birth-date" -> {
            if (!hasValue) {
              return null;
            }
            birthDate = args.get(++i);
          }
          case "--country" -> {
            if (!hasValue) {
              return null;
            }
            countries.add(args.get(++i));
          }
          default -> {
            if (arg.startsWith("--")) {
              return null;
            }
            name.add(arg);
          }
        }
      }
      if (name.isEmpty()) {
        return null;
      }
      return new Arguments(new ScreeningRequest(String.join(" ", name), type, birthDate,
          countries.isEmpty() ? null : countries, null, null, null), json);
    }
  }
}
