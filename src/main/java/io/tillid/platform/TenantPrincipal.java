package io.tillid.platform;

/**
 * What the platform needs to know of an authenticated principal, for scoping and for logs: its
 * tenant and a non-personal id (never an e-mail address or a name).
 */
public interface TenantPrincipal {

  TenantId tenantId();

  /** A stable, non-personal id such as {@code user:UUID} or {@code client:UUID}. */
  String principalId();
}
