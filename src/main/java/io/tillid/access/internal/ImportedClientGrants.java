package io.tillid.access.internal;

import io.tillid.access.GrantDimension;
import io.tillid.access.Grants;
import io.tillid.identity.ImportedGrants;
import io.tillid.platform.BadInputException;
import io.tillid.platform.TenantId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Checks and stores the grants an import file gives users and API clients, with the same rules and audit as
 * the grants page. Values must be written as stored (jurisdictions in upper case).
 */
@Component
class ImportedClientGrants implements ImportedGrants {

  private static final int MAX_VALUES = 100;

  private final GrantChange change;

  ImportedClientGrants(GrantChange change) {
    this.change = change;
  }

  @Override
  public void check(String path, Values grants) {
    byDimension(path, grants);
  }

  @Override
  public void apply(TenantId tenant, UUID clientId, Values grants, String actor) {
    change.set(tenant, GrantHolder.CLIENT, clientId, Grants.of(byDimension("grants", grants)), actor);
  }

  @Override
  public void applyToUser(TenantId tenant, UUID userId, Values grants, String actor) {
    change.set(tenant, GrantHolder.USER, userId, Grants.of(byDimension("grants", grants)), actor);
  }

  private static Map<GrantDimension, Set<String>> byDimension(String path, Values grants) {
    Map<GrantDimension, Set<String>> values = new EnumMap<>(GrantDimension.class);
    values.put(GrantDimension.BUSINESS_UNIT, checked(grants.businessUnits(), GrantDimension.BUSINESS_UNIT,
        path + ".businessUnits", "a business unit key ([a-z0-9_-], at most 64) or *"));
    values.put(GrantDimension.SENSITIVITY, checked(grants.sensitivities(), GrantDimension.SENSITIVITY,
        path + ".sensitivities", "a sensitivity key ([a-z0-9_-], at most 64) or *"));
    values.put(GrantDimension.JURISDICTION, checked(grants.jurisdictions(), GrantDimension.JURISDICTION,
        path + ".jurisdictions", "an upper-case ISO 3166-1 alpha-2 code or *"));
    return values;
  }

  private static Set<String> checked(List<String> values, GrantDimension dimension, String path, String rule) {
    if (values.size() > MAX_VALUES) {
      throw new BadInputException(path + " has more than " + MAX_VALUES + " values");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || !dimension.accepts(value)) {
        throw new BadInputException(path + "[" + i + "] must be " + rule);
      }
      if (!seen.add(value)) {
        throw new BadInputException(path + "[" + i + "] repeats an earlier value");
      }
    }
    return seen;
  }
}
