package io.tillid.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged launcher ({@code target/tillid.jar}, built by {@code package} before the
 * integration tests) as a separate process, as an operator would, with only the environment given.
 */
public final class TillidProcess implements AutoCloseable {

  public static final Path JAR = Path.of("target", "tillid.jar");

  private final Process process;
  private final Path output;
  private final Path errors;

  private TillidProcess(Process process, Path output, Path errors) {
    this.process = process;
    this.output = output;
    this.errors = errors;
  }

  /** Runs a command to its end. */
  public static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    try (TillidProcess process = start(env, args)) {
      if (!process.process.waitFor(120, TimeUnit.SECONDS)) {
        throw new AssertionError("tillid " + String.join(" ", args) + " did not end within 120 s");
      }
      return process.result();
    }
  }

  /** Starts a command that keeps running (start, start-dev). */
  public static TillidProcess start(Map<String, String> env, String... args) throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: run the integration tests through mvn verify");
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(key -> key.startsWith("TILLID_"));
    builder.environment().putAll(env);
    Path output = Files.createTempFile("tillid-process", ".log");
    Path errors = Files.createTempFile("tillid-process", ".err");
    builder.redirectOutput(output.toFile());
    builder.redirectError(errors.toFile());
    return new TillidProcess(builder.start(), output, errors);
  }

  public Result result() throws IOException {
    return new Result(process.isAlive() ? -1 : process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
        Files.readString(errors, StandardCharsets.UTF_8));
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Waits until GET url answers 200, or fails with what the process printed. */
  public void awaitOk(HttpClient client, String url, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError("tillid ended early with " + process.exitValue() + ": " + result().err());
      }
      try {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    String out = Files.readString(output, StandardCharsets.UTF_8);
    throw new AssertionError("no 200 from " + url + " within " + timeout + "; it printed: "
        + out.substring(Math.max(0, out.length() - 4000)) + Files.readString(errors, StandardCharsets.UTF_8));
  }

  /** Stops the server as an operator would (SIGTERM) and waits for it to end. */
  public int stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** What a finished command printed, and its exit code. */
  public record Result(int exitCode, String out, String err) {}
}
