package io.tillid.identity;

import io.tillid.platform.TenantPrincipal;
import java.util.Set;

/**
 * A principal that acts for another one with fewer rights, such as an API key ({@code key:UUID})
 * acting for the user or API client that created it. It may do what its delegator may do now AND
 * its scopes allow, and it sees exactly the data its delegator's attribute grants permit: it never
 * exceeds its delegator's rights, even after the delegator lost some.
 */
public interface DelegatedPrincipal extends TenantPrincipal {

  /** The principal this one acts for, in the same tenant. */
  TenantPrincipal delegator();

  /** The permissions this principal was limited to when it was made. */
  Set<String> scopes();
}
