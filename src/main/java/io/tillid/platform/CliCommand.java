package io.tillid.platform;

import java.io.PrintStream;
import java.util.List;

/**
 * A command of the {@code ./tillid} launcher that runs against the database and exits (as opposed
 * to {@code start}, which serves). Beans implementing it are chosen by {@link #name()}.
 */
public interface CliCommand {

  /** Exit code for success. */
  int OK = 0;

  /** Exit code for bad usage or bad input: the one-line message says what. */
  int USAGE = 2;

  /** The words that select the command, such as {@code "audit verify"}. */
  String name();

  /**
   * Runs the command. Must print a one-line reason to {@code err} and return a non-zero code on
   * failure, never throw for bad input.
   */
  int run(List<String> args, PrintStream out, PrintStream err);
}
