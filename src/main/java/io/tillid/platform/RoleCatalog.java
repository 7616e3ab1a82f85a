package io.tillid.platform;

import java.util.List;
import java.util.Set;

/**
 * The roles a tenant's users may hold: the built-in ones and those the tenant defined, each named
 * by a key ({@code analyst}, {@code custom:UUID}). The access module keeps it; the identity module
 * uses it to offer and check roles without depending on access.
 */
public interface RoleCatalog {

  /** A role as a chooser shows it: built-in roles are labelled by message {@code role.KEY}. */
  record Role(String key, String name, boolean builtIn) {}

  /** The tenant's assignable roles, built-in first. */
  List<Role> assignable(TenantId tenant);

  /** Whether every key names a role of this tenant. */
  default boolean allAssignable(TenantId tenant, Set<String> roleKeys) {
    Set<String> known = new java.util.HashSet<>();
    assignable(tenant).forEach(role -> known.add(role.key()));
    return known.containsAll(roleKeys);
  }

  /** The keys of the tenant's roles that grant the permission. */
  Set<String> rolesGranting(TenantId tenant, String permission);
}
