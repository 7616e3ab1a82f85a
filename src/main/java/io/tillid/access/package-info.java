/**
 * Authorization: permissions, built-in and tenant-defined roles, attribute policies on datasets, and staff just-in-time grants with their reviews.
 *
 * <p>Declared now so the module map of DESIGN.md holds from the start; its code arrives with its
 * issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package io.tillid.access;
