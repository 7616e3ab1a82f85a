package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantRef;
import java.util.UUID;

/**
 * An account whose password is being checked or set: a tenant's user or a platform admin.
 * {@code toString} shows only the ids.
 */
record PasswordAccount(TenantId tenant, UUID id, boolean admin, String email, String tenantName, String tenantSlug,
    String passwordHash, String status) {

  static final String INVITED = "invited";

  /** What the policy needs; a second factor lowers the minimum length. */
  PasswordSubject subject(boolean mfaEnrolled) {
    return new PasswordSubject(email, tenantName, tenantSlug, mfaEnrolled);
  }

  SignedInPrincipal principal() {
    return admin ? SignedInPrincipal.admin(id) : SignedInPrincipal.user(tenant, id);
  }

  String principalId() {
    return (admin ? "admin:" : "user:") + id;
  }

  String targetType() {
    return admin ? "admin" : "user";
  }

  static PasswordAccount platformAdmin(UUID id, String email, String passwordHash, String status) {
    return new PasswordAccount(TenantId.PLATFORM, id, true, email, ImportPasswords.PLATFORM_NAME,
        TenantRef.PLATFORM.slug(), passwordHash, status);
  }

  @Override
  public String toString() {
    return "PasswordAccount[" + principalId() + " in " + tenant + "]";
  }
}
