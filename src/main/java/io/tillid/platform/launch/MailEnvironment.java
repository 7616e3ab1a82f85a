package io.tillid.platform.launch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * Outgoing mail and the public address links in mail point to. Mail goes over SMTP when
 * TILLID_SMTP_HOST is set; start-dev otherwise keeps it in a dev mailbox page; production without
 * SMTP has mail switched off (what needs mail says so). Links are built from TILLID_PUBLIC_URL,
 * never from a request's Host header, which a sender of a reset request could forge.
 */
final class MailEnvironment {

  static final String MODE = "tillid.mail.mode";
  static final String FROM = "tillid.mail.from";
  static final String PUBLIC_URL = "tillid.public-url";

  private MailEnvironment() {}

  static void apply(Map<String, String> env, LaunchProperties properties, boolean dev, int httpsPort)
      throws ConfigurationRefused {
    properties.put(PUBLIC_URL, publicUrl(env, dev, httpsPort));
    String host = value(env, "TILLID_SMTP_HOST");
    if (host == null) {
      properties.put(MODE, dev ? "dev-mailbox" : "disabled");
      return;
    }
    String from = value(env, "TILLID_SMTP_FROM");
    if (from == null || !from.matches("[^@\\s<>]+@[^@\\s<>]+")) {
      throw new ConfigurationRefused("TILLID_SMTP_FROM must be the sender's e-mail address when TILLID_SMTP_HOST is set");
    }
    int port = LaunchProperties.port(env, "TILLID_SMTP_PORT", 587);
    properties.put(MODE, "smtp").put(FROM, from)
        .put("spring.mail.host", host)
        .put("spring.mail.port", port)
        .put("spring.mail.properties.mail.smtp.connectiontimeout", "10000")
        .put("spring.mail.properties.mail.smtp.timeout", "20000");
    String username = value(env, "TILLID_SMTP_USERNAME");
    if (username != null) {
      properties.put("spring.mail.username", username)
          .put("spring.mail.password", env.getOrDefault("TILLID_SMTP_PASSWORD", ""))
          .put("spring.mail.properties.mail.smtp.auth", "true");
    }
    boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    if (!loopback) {
      // Mail carries sign-in links: to another host it travels encrypted or not at all.
      properties.put("spring.mail.properties.mail.smtp.starttls.enable", "true")
          .put("spring.mail.properties.mail.smtp.starttls.required", "true");
    }
  }

  private static String publicUrl(Map<String, String> env, boolean dev, int httpsPort) throws ConfigurationRefused {
    String configured = value(env, "TILLID_PUBLIC_URL");
    if (configured == null) {
      return "https://localhost" + (httpsPort == 443 ? "" : ":" + httpsPort);
    }
    try {
      URI uri = new URI(configured);
      if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getRawQuery() != null
          || uri.getRawFragment() != null) {
        throw new ConfigurationRefused("TILLID_PUBLIC_URL must be an https:// address without query, such as https://tillid.example.com");
      }
      return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    } catch (URISyntaxException e) {
      throw new ConfigurationRefused("TILLID_PUBLIC_URL is not a URL");
    }
  }

  private static String value(Map<String, String> env, String variable) {
    String value = env.get(variable);
    return value == null || value.isBlank() ? null : value.trim();
  }
}
