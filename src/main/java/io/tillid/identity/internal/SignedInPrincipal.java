package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantPrincipal;
import java.io.Serializable;
import java.security.Principal;
import java.util.Objects;
import java.util.UUID;

/**
 * Who signed in to the web UI: a tenant's user ({@code user:UUID}) or a platform admin
 * ({@code admin:UUID}). Carries no e-mail address or name, so it is safe in logs and sessions.
 */
final class SignedInPrincipal implements TenantPrincipal, Principal, Serializable {

  private static final long serialVersionUID = 1L;
  private final UUID tenant;
  private final String principalId;

  SignedInPrincipal(TenantId tenant, String principalId) {
    this.tenant = tenant.value();
    this.principalId = Objects.requireNonNull(principalId, "principalId");
  }

  static SignedInPrincipal user(TenantId tenant, UUID userId) {
    return new SignedInPrincipal(tenant, "user:" + userId);
  }

  static SignedInPrincipal admin(UUID adminId) {
    return new SignedInPrincipal(TenantId.PLATFORM, "admin:" + adminId);
  }

  @Override
  public TenantId tenantId() {
    return new TenantId(tenant);
  }

  @Override
  public String principalId() {
    return principalId;
  }

  /** The id, so that {@code Authentication.getName()} never yields an e-mail address. */
  @Override
  public String getName() {
    return principalId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SignedInPrincipal that && tenant.equals(that.tenant) && principalId.equals(that.principalId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, principalId);
  }

  @Override
  public String toString() {
    return "SignedInPrincipal[" + principalId + " in " + tenant + "]";
  }
}
