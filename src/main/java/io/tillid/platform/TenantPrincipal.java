package io.tillid.platform;

/**
 * What the platform needs to know of an authenticated principal, for scoping and for logs: its
 * tenant and a non-personal id (never an e-mail address or a name).
 */
public interface TenantPrincipal {

  TenantId tenantId();

  /** A stable, non-personal id such as {@code user:UUID} or {@code client:UUID}. */
  String principalId();

  /**
   * For a principal acting for a user through an application the user authorized (an OAuth access
   * token from the authorization code flow): the scopes the user consented to, which bound what it
   * may do (never more than the user may); empty for every other principal.
   */
  default java.util.Optional<java.util.Set<String>> consentedScopes() {
    return java.util.Optional.empty();
  }
}
