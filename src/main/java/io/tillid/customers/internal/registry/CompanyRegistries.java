package io.tillid.customers.internal.registry;

import io.tillid.platform.InvalidFieldException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The configured registries, chosen by id. */
@Component
public class CompanyRegistries {

  /** Every registry Tillid has a connector for, configured or not. */
  public static final List<String> KNOWN = List.of(CvrParser.REGISTRY, GleifParser.REGISTRY,
      CompaniesHouseParser.REGISTRY);

  private final Map<String, CompanyRegistry> configured;

  CompanyRegistries(ObjectProvider<CompanyRegistry> registries) {
    this.configured = registries.orderedStream().collect(Collectors.toMap(CompanyRegistry::id, Function.identity()));
  }

  /** The ids of the configured registries, in the order of {@link #KNOWN}. */
  public List<String> configured() {
    return KNOWN.stream().filter(configured::containsKey).toList();
  }

  /**
   * The registry with this id.
   *
   * @throws InvalidFieldException naming the field {@code registry} when the id is unknown or the
   *     registry is not configured
   */
  public CompanyRegistry choose(String id) {
    if (id == null || !KNOWN.contains(id)) {
      throw new InvalidFieldException("registry", "unknown-registry",
          "The field 'registry' must be one of " + String.join(", ", KNOWN) + ".");
    }
    CompanyRegistry registry = configured.get(id);
    if (registry == null) {
      throw new InvalidFieldException("registry", "registry-off", "The field 'registry' names a registry that is "
          + "not configured on this server.");
    }
    return registry;
  }
}
