package io.tillid.platform.launch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties the launcher hands to the application context: where the database, the TLS
 * files and the master key are. {@code application.yml} refers to them by these names.
 */
public final class LaunchProperties {

  public static final String DB_URL = "tillid.db.url";
  public static final String DB_USERNAME = "tillid.db.username";
  public static final String DB_PASSWORD = "tillid.db.password";
  public static final String TLS_CERTIFICATE = "tillid.tls.certificate";
  public static final String TLS_PRIVATE_KEY = "tillid.tls.private-key";
  public static final String MASTER_KEY_URI = "tillid.master-key-uri";
  public static final String DATA_DIR = "tillid.data-dir";
  public static final String MODE = "tillid.mode";
  public static final String HTTPS_PORT = "tillid.web.https-port";
  public static final String HTTP_PORT = "tillid.web.http-port";
  public static final String MANAGEMENT_PORT = "tillid.web.management-port";

  private final Map<String, Object> values = new LinkedHashMap<>();

  LaunchProperties put(String key, Object value) {
    values.put(key, value);
    return this;
  }

  public Map<String, Object> asMap() {
    return Map.copyOf(values);
  }

  static int port(Map<String, String> env, String variable, int fallback) throws ConfigurationRefused {
    String value = env.get(variable);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port < 0 || port > 65_535) {
        throw new ConfigurationRefused(variable + " must be a port number from 0 to 65535");
      }
      return port;
    } catch (NumberFormatException e) {
      throw new ConfigurationRefused(variable + " must be a port number from 0 to 65535");
    }
  }

  void ports(Map<String, String> env) throws ConfigurationRefused {
    int https = port(env, "TILLID_HTTPS_PORT", 8443);
    int http = port(env, "TILLID_HTTP_PORT", 8080);
    int management = port(env, "TILLID_MANAGEMENT_PORT", 9000);
    if ((https != 0 && (https == http || https == management)) || (http != 0 && http == management)) {
      throw new ConfigurationRefused("TILLID_HTTPS_PORT, TILLID_HTTP_PORT and TILLID_MANAGEMENT_PORT must differ");
    }
    put(HTTPS_PORT, https).put(HTTP_PORT, http).put(MANAGEMENT_PORT, management);
  }
}
