package io.tillid.customers.internal.registry;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * UK Companies House public data API: {@code GET {url}/company/{number}}, its {@code /officers} and
 * {@code /persons-with-significant-control}; HTTP basic with the API key as user name.
 */
public final class CompaniesHouseRegistry implements CompanyRegistry {

  private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{8}");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final RegistryClient client;

  public CompaniesHouseRegistry(RegistryClient client) {
    this.client = client;
  }

  @Override
  public String id() {
    return CompaniesHouseParser.REGISTRY;
  }

  @Override
  public Optional<RegistryCompany> lookup(String registrationNumber) {
    String number = registrationNumber == null ? "" : registrationNumber.strip().toUpperCase(Locale.ROOT);
    if (number.matches("\\d{1,7}")) {
      number = "0".repeat(8 - number.length()) + number; // numbers are eight characters, zero-padded
    }
    if (!NUMBER.matcher(number).matches()) {
      throw new InvalidRegistrationNumber("a Companies House number of 8 letters and digits");
    }
    String path = "/company/" + number;
    return client.get(path).map(profile -> CompaniesHouseParser.company(profile,
        client.get(path + "/officers?items_per_page=100").orElse(JSON.createObjectNode()),
        client.get(path + "/persons-with-significant-control?items_per_page=100").orElse(JSON.createObjectNode())));
  }
}
