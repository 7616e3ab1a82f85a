package io.tillid.support;

import io.tillid.platform.launch.MasterKeyFile;
import java.nio.file.Files;
import java.nio.file.Path;

/** A master key file for tests, made once per JVM. */
public final class MasterKeys {

  private static String uri;

  private MasterKeys() {}

  public static synchronized String uri() {
    if (uri == null) {
      try {
        uri = MasterKeyFile.ensure(Files.createTempDirectory("tillid-test-keys").resolve("master-key.json"));
      } catch (Exception e) {
        throw new IllegalStateException("cannot make the test master key", e);
      }
    }
    return uri;
  }
}
