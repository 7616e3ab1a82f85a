package io.tillid.platform.launch;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * start-dev: an embedded H2 database, a dev TLS certificate and a dev master key, all kept under
 * the data folder ({@code ./data}, or {@code TILLID_DATA_DIR}) and made on first start.
 */
@SuppressFBWarnings(value = "PATH_TRAVERSAL_IN",
    justification = "TILLID_DATA_DIR is the operator's choice of folder; using it is the point.")
public final class DevEnvironment {

  private DevEnvironment() {}

  public static Path dataDir(Map<String, String> env) {
    String configured = env.get("TILLID_DATA_DIR");
    return Paths.get(configured == null || configured.isBlank() ? "data" : configured).toAbsolutePath().normalize();
  }

  /** Prepares the data folder for serving: database, certificate, master key and ports. */
  public static LaunchProperties prepare(Map<String, String> env) throws ConfigurationRefused {
    LaunchProperties properties = database(env);
    Path data = dataDir(env);
    try {
      TlsFiles tls = DevCertificate.ensure(data.resolve("tls"));
      String masterKey = MasterKeyFile.ensure(data.resolve("keys").resolve("master-key.json"));
      properties.put(LaunchProperties.TLS_CERTIFICATE, tls.certificate().toString())
          .put(LaunchProperties.TLS_PRIVATE_KEY, tls.privateKey().toString())
          .put(LaunchProperties.MASTER_KEY_URI, masterKey);
    } catch (IOException e) {
      throw new ConfigurationRefused("cannot prepare the data folder " + data + ": " + e.getMessage());
    }
    properties.ports(env);
    MailEnvironment.apply(env, properties, true, (Integer) properties.asMap().get(LaunchProperties.HTTPS_PORT));
    return properties;
  }

  /** Adds the dev master key (made if missing) to a one-shot command's properties, as start-dev uses it. */
  public static LaunchProperties withMasterKey(Map<String, String> env, LaunchProperties properties)
      throws ConfigurationRefused {
    Path file = dataDir(env).resolve("keys").resolve("master-key.json");
    try {
      return properties.put(LaunchProperties.MASTER_KEY_URI, MasterKeyFile.ensure(file));
    } catch (IOException e) {
      throw new ConfigurationRefused("cannot prepare the master key " + file + ": " + e.getMessage());
    }
  }

  /** Only the embedded database, for commands that do not serve. */
  public static LaunchProperties database(Map<String, String> env) throws ConfigurationRefused {
    Path data = dataDir(env);
    try {
      Files.createDirectories(data.resolve("db"));
    } catch (IOException e) {
      throw new ConfigurationRefused("cannot create the data folder " + data);
    }
    String url = "jdbc:h2:file:" + data.resolve("db").resolve("tillid")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    return new LaunchProperties().put(LaunchProperties.MODE, "dev")
        .put(LaunchProperties.DATA_DIR, data.toString())
        .put(LaunchProperties.DB_URL, url)
        .put(LaunchProperties.DB_USERNAME, "tillid")
        .put(LaunchProperties.DB_PASSWORD, "");
  }
}
