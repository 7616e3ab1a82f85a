/**
 * Authorization: permissions, built-in and tenant-defined roles, attribute policies on datasets, and staff
 * just-in-time grants with their reviews.
 *
 * <p>Implements the platform's {@link io.tillid.platform.PermissionChecker} and
 * {@link io.tillid.platform.RoleCatalog}: permissions come from the principal's roles as they are
 * stored at the moment of asking (read through {@link io.tillid.identity.UserRoles}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package io.tillid.access;
