package io.tillid.identity;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.util.Set;

/**
 * The role keys users hold, as stored now (never as they were at sign-in), for the access module
 * to turn into permissions and to tell whether a role is in use.
 */
public interface UserRoles {

  /** The principal's current role keys; empty for platform staff, API clients and unknown users. */
  Set<String> of(TenantPrincipal principal);

  /** How many of the tenant's users hold the role, whatever their status. */
  int holders(TenantId tenant, String roleKey);

  /** How many active users of the tenant hold at least one of the roles. */
  int activeHoldersOfAny(TenantId tenant, Set<String> roleKeys);
}
