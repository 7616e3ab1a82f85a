package io.tillid.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A SoftHSM2 token for the PKCS#11 tests, made once per test JVM: the token directory and the
 * configuration file named by {@code SOFTHSM2_CONF} (set for the test JVMs in the POM), a token
 * initialised with softhsm2-util and an AES-256 key made with pkcs11-tool. Nothing is skipped:
 * without Debian's softhsm2 and opensc packages (which .ci/run installs) the tests fail saying so.
 */
public final class SoftHsm {

  public static final Path MODULE = Paths.get("/usr/lib/softhsm/libsofthsm2.so");
  public static final String KEY_LABEL = "tillid-master";

  private static Token token;

  private SoftHsm() {}

  /** The token: its label, the PIN file (mode 0600) and the master key URI naming its AES key. */
  public record Token(String label, Path pinFile, String uri) {}

  public static synchronized Token token() {
    if (token == null) {
      token = make();
    }
    return token;
  }

  private static Token make() {
    if (!Files.isRegularFile(MODULE)) {
      throw new IllegalStateException("SoftHSM2 is needed for the PKCS#11 tests: " + MODULE
          + " is missing (apt-get install softhsm2 opensc; .ci/run installs them)");
    }
    String conf = System.getenv("SOFTHSM2_CONF");
    if (conf == null || conf.isBlank()) {
      throw new IllegalStateException("SOFTHSM2_CONF is not set: run the integration tests through mvnw verify, "
          + "whose failsafe configuration sets it");
    }
    try {
      Path confFile = Paths.get(conf);
      Path tokens = confFile.resolveSibling("tokens");
      Files.createDirectories(tokens);
      Files.writeString(confFile, "directories.tokendir = " + tokens.toAbsolutePath() + "\n"
          + "objectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n", StandardCharsets.UTF_8);
      String label = "tillid-" + UUID.randomUUID().toString().substring(0, 8);
      String pin = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
      run("softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", pin + "so", "--pin", pin);
      run("pkcs11-tool", "--module", MODULE.toString(), "--token-label", label, "--login", "--pin", pin,
          "--keygen", "--key-type", "AES:32", "--label", KEY_LABEL, "--sensitive");
      Path pinFile = confFile.resolveSibling("pin-" + label);
      Files.deleteIfExists(pinFile);
      Files.createFile(pinFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(pinFile, pin + "\n", StandardCharsets.UTF_8);
      String uri = "pkcs11:token=" + label + ";object=" + KEY_LABEL + "?module-path=" + MODULE
          + "&pin-source=file:" + pinFile.toAbsolutePath();
      return new Token(label, pinFile, uri);
    } catch (IOException e) {
      throw new IllegalStateException("cannot prepare the SoftHSM2 token", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void run(String... command) throws IOException, InterruptedException {
    List<String> line = new ArrayList<>(List.of(command));
    Process process;
    try {
      process = new ProcessBuilder(line).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalStateException(command[0] + " is needed for the PKCS#11 tests and is not on the PATH "
          + "(apt-get install softhsm2 opensc; .ci/run installs them)", e);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(command[0] + " failed: " + output.strip());
    }
  }
}
