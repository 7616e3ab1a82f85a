package io.tillid.platform.launch;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.security.PrivateKey;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./tillid start}: everything comes from the environment and is checked before anything
 * starts. Missing or insecure configuration is refused with a one-line reason.
 */
@SuppressFBWarnings(value = "PATH_TRAVERSAL_IN",
    justification = "The operator's TILLID_* variables name the certificate, key and master key files to read.")
public final class ProductionEnvironment {

  private static final Set<PosixFilePermission> GROUP_OR_OTHER = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private static final Pattern SSL_MODE = Pattern.compile("[?&]sslmode=([a-z-]+)");

  private static final Set<String> SECURE_SSL_MODES = Set.of("require", "verify-ca", "verify-full");

  private ProductionEnvironment() {}

  /** Checks the production configuration for serving. */
  public static LaunchProperties prepare(Map<String, String> env) throws ConfigurationRefused {
    LaunchProperties properties = database(env);
    X509Certificate certificate = named("TILLID_TLS_CERT", () -> Pem.readCertificate(file(env, "TILLID_TLS_CERT")));
    Path keyFile = file(env, "TILLID_TLS_KEY");
    requireOwnerOnly(keyFile, "TLS key file (TILLID_TLS_KEY)");
    PrivateKey key = named("TILLID_TLS_KEY", () -> Pem.readPrivateKey(keyFile));
    checkCertificate(certificate, key);
    properties.put(LaunchProperties.TLS_CERTIFICATE, env.get("TILLID_TLS_CERT"))
        .put(LaunchProperties.TLS_PRIVATE_KEY, env.get("TILLID_TLS_KEY"))
        .put(LaunchProperties.MASTER_KEY_URI, masterKey(env));
    properties.ports(env);
    MailEnvironment.apply(env, properties, false, (Integer) properties.asMap().get(LaunchProperties.HTTPS_PORT));
    return properties;
  }

  /** Checks only the database settings, for commands that do not serve. */
  public static LaunchProperties database(Map<String, String> env) throws ConfigurationRefused {
    String url = required(env, "TILLID_DB_URL");
    if (!url.startsWith("jdbc:postgresql://")) {
      throw new ConfigurationRefused("TILLID_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
    }
    String username = required(env, "TILLID_DB_USERNAME");
    String password = required(env, "TILLID_DB_PASSWORD");
    checkTransport(url);
    return new LaunchProperties().put(LaunchProperties.MODE, "production")
        .put(LaunchProperties.DB_URL, url)
        .put(LaunchProperties.DB_USERNAME, username)
        .put(LaunchProperties.DB_PASSWORD, password);
  }

  /** A database on another host must be reached over TLS. */
  private static void checkTransport(String url) throws ConfigurationRefused {
    String rest = url.substring("jdbc:postgresql://".length());
    int end = rest.indexOf('/');
    String hosts = end < 0 ? rest : rest.substring(0, end);
    boolean allLoopback = true;
    for (String hostPort : hosts.split(",")) {
      String host = hostPort.startsWith("[") ? hostPort.substring(1, Math.max(1, hostPort.indexOf(']')))
          : hostPort.split(":")[0];
      allLoopback &= host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
    if (allLoopback) {
      return;
    }
    Matcher mode = SSL_MODE.matcher(url);
    if (!mode.find() || !SECURE_SSL_MODES.contains(mode.group(1))) {
      throw new ConfigurationRefused(
          "TILLID_DB_URL names a remote database without TLS: add sslmode=verify-full (or require) to it");
    }
  }

  private static void checkCertificate(X509Certificate certificate, PrivateKey key) throws ConfigurationRefused {
    try {
      certificate.checkValidity();
    } catch (CertificateExpiredException e) {
      throw new ConfigurationRefused("the TLS certificate (TILLID_TLS_CERT) has expired");
    } catch (CertificateNotYetValidException e) {
      throw new ConfigurationRefused("the TLS certificate (TILLID_TLS_CERT) is not valid yet");
    }
    if (key instanceof RSAKey rsa && rsa.getModulus().bitLength() < 2048) {
      throw new ConfigurationRefused("the TLS key (TILLID_TLS_KEY) is RSA shorter than 2048 bits");
    }
    if (key instanceof ECKey ec && ec.getParams().getOrder().bitLength() < 256) {
      throw new ConfigurationRefused("the TLS key (TILLID_TLS_KEY) is an elliptic curve key shorter than 256 bits");
    }
    if (!Pem.matches(certificate.getPublicKey(), key)) {
      throw new ConfigurationRefused("the TLS key (TILLID_TLS_KEY) does not belong to the certificate (TILLID_TLS_CERT)");
    }
  }

  private static String masterKey(Map<String, String> env) throws ConfigurationRefused {
    String value = required(env, "TILLID_MASTER_KEY_URI");
    MasterKeyUris.check(value, "TILLID_MASTER_KEY_URI");
    return value;
  }

  /** Adds the checked master key to a one-shot command's properties (the {@code keys} commands need it). */
  public static LaunchProperties withMasterKey(Map<String, String> env, LaunchProperties properties)
      throws ConfigurationRefused {
    return properties.put(LaunchProperties.MASTER_KEY_URI, masterKey(env));
  }

  private static String required(Map<String, String> env, String variable) throws ConfigurationRefused {
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      throw new ConfigurationRefused(variable + " is not set");
    }
    return value.trim();
  }

  private static Path file(Map<String, String> env, String variable) throws ConfigurationRefused {
    Path path = Paths.get(required(env, variable));
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw new ConfigurationRefused(variable + " names no readable file");
    }
    return path;
  }

  private interface Check<T> {
    T get() throws ConfigurationRefused;
  }

  private static <T> T named(String variable, Check<T> check) throws ConfigurationRefused {
    try {
      return check.get();
    } catch (ConfigurationRefused e) {
      throw e.getMessage().startsWith(variable) ? e : new ConfigurationRefused(variable + ": " + e.getMessage());
    }
  }

  static void requireOwnerOnly(Path file, String what) throws ConfigurationRefused {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      if (permissions.stream().anyMatch(GROUP_OR_OTHER::contains)) {
        throw new ConfigurationRefused("the " + what + " may be read by others: chmod 600 it");
      }
    } catch (UnsupportedOperationException | IOException e) {
      throw new ConfigurationRefused("cannot check the permissions of the " + what);
    }
  }
}
