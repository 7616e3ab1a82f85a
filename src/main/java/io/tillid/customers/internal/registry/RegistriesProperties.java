package io.tillid.customers.internal.registry;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The company registries a lookup can ask ({@code tillid.registries.*}). Each is off unless
 * {@code enabled}; the addresses default to the official ones; credentials are required for CVR
 * (user name and password from the Danish Business Authority) and Companies House (an API key).
 * Checked at start; {@code toString} never shows a credential.
 */
@ConfigurationProperties("tillid.registries")
public record RegistriesProperties(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("15s") Duration readTimeout,
    @DefaultValue Cvr cvr, @DefaultValue Gleif gleif, @DefaultValue CompaniesHouse companiesHouse) {

  public RegistriesProperties {
    if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("tillid.registries timeouts must be positive");
    }
  }

  RegistryTimeouts timeouts() {
    return new RegistryTimeouts(connectTimeout, readTimeout);
  }

  /** Danish CVR, "System-til-system adgang" (Elasticsearch). */
  public record Cvr(@DefaultValue("false") boolean enabled, @DefaultValue("http://distribution.virk.dk") URI url,
      String username, String password) {

    public Cvr {
      check("cvr", enabled, url);
      if (enabled && (blank(username) || blank(password))) {
        throw new IllegalArgumentException("tillid.registries.cvr.username and .password are required when it is enabled");
      }
    }

    @Override
    public String toString() {
      return "Cvr[enabled=" + enabled + ", url=" + url + ", credentials masked]";
    }
  }

  /** GLEIF, the Global LEI Index (open). */
  public record Gleif(@DefaultValue("false") boolean enabled, @DefaultValue("https://api.gleif.org") URI url) {

    public Gleif {
      check("gleif", enabled, url);
    }
  }

  /** UK Companies House public data API. */
  public record CompaniesHouse(@DefaultValue("false") boolean enabled,
      @DefaultValue("https://api.company-information.service.gov.uk") URI url, String apiKey) {

    public CompaniesHouse {
      check("companies-house", enabled, url);
      if (enabled && blank(apiKey)) {
        throw new IllegalArgumentException("tillid.registries.companies-house.api-key is required when it is enabled");
      }
    }

    @Override
    public String toString() {
      return "CompaniesHouse[enabled=" + enabled + ", url=" + url + ", api key masked]";
    }
  }

  private static void check(String registry, boolean enabled, URI url) {
    if (enabled && (url == null || url.getHost() == null || url.getQuery() != null
        || !("https".equals(url.getScheme()) || "http".equals(url.getScheme())))) {
      throw new IllegalArgumentException("tillid.registries." + registry + ".url must be an http(s) address");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
