package io.tillid.customers.internal.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Global LEI Index (GLEIF API v1, open, no credentials): {@code GET {url}/api/v1/lei-records/{lei}},
 * and its {@code direct-parent} and {@code ultimate-parent} relationships, which become owners
 * without a share (GLEIF records accounting consolidation, not shareholdings).
 */
public final class GleifRegistry implements CompanyRegistry {

  private static final Pattern LEI = Pattern.compile("[A-Z0-9]{18}[0-9]{2}");

  private final RegistryClient client;

  public GleifRegistry(RegistryClient client) {
    this.client = client;
  }

  @Override
  public String id() {
    return GleifParser.REGISTRY;
  }

  @Override
  public Optional<RegistryCompany> lookup(String registrationNumber) {
    String lei = registrationNumber == null ? "" : registrationNumber.strip().toUpperCase(Locale.ROOT);
    if (!LEI.matcher(lei).matches()) {
      throw new InvalidRegistrationNumber("an LEI of 20 letters and digits");
    }
    String path = "/api/v1/lei-records/" + lei;
    return client.get(path).map(record -> {
      List<RegistryOwner> parents = new ArrayList<>();
      client.get(path + "/direct-parent")
          .ifPresent(parent -> parents.add(GleifParser.parent(parent, RegistryRoles.DIRECT_PARENT)));
      client.get(path + "/ultimate-parent")
          .ifPresent(parent -> parents.add(GleifParser.parent(parent, RegistryRoles.ULTIMATE_PARENT)));
      return GleifParser.company(record, parents);
    });
  }
}
