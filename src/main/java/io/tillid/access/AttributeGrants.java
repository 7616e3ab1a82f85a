package io.tillid.access;

import io.tillid.platform.TenantPrincipal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attribute-based access to dataset objects: access to a customer, a case or a document needs the
 * permission (see {@link io.tillid.platform.PermissionChecker}) AND grants matching the object's
 * {@link DatasetAttributes}. Lists filter in SQL with {@link #filter}; a single object is checked
 * on load with {@link #permits}, and one not permitted answers exactly like a missing one.
 *
 * <p>A principal's grants are those stored for it now in its own tenant; a principal without grant
 * rows, platform staff and unknown principals hold {@link Grants#none()}. No role, not even the
 * built-in administrator, implies grants: administrators give grants (themselves included) on the
 * user page, and every change is audited.
 */
public interface AttributeGrants {

  /** The principal's current grants, read in its own tenant. */
  Grants of(TenantPrincipal principal);

  /** Whether the grants let their holder see an object with the attributes. */
  default boolean permits(Grants grants, DatasetAttributes attributes) {
    return grants.permits(attributes);
  }

  /**
   * A condition keeping exactly the rows whose attributes in {@code columns} the grants permit.
   * Values travel as named parameters ({@code grants_business_units}, {@code grants_sensitivities},
   * {@code grants_jurisdictions}); a dimension without grants yields a condition that is false.
   */
  default SqlPredicate filter(Grants grants, DatasetColumns columns) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    conditions.add(condition(grants.businessUnits(), columns.businessUnit(), "grants_business_units", parameters));
    Set<String> sensitivities = grants.sensitivities();
    String sensitive = sensitivities.isEmpty() ? "1 = 0"
        : condition(sensitivities, columns.sensitivity(), "grants_sensitivities", parameters);
    conditions.add("(" + columns.sensitivity() + " is null or " + sensitive + ")");
    conditions.add(condition(grants.jurisdictions(), columns.jurisdiction(), "grants_jurisdictions", parameters));
    return new SqlPredicate("(" + String.join(" and ", conditions) + ")", parameters);
  }

  private static String condition(Set<String> granted, String column, String parameter, Map<String, Object> parameters) {
    if (granted.contains(GrantDimension.ALL)) {
      return "1 = 1";
    }
    if (granted.isEmpty()) {
      return "1 = 0";
    }
    parameters.put(parameter, List.copyOf(granted));
    return column + " in (:" + parameter + ")";
  }
}
