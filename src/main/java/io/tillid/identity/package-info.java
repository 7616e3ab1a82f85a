/**
 * Identity: tenants, users, API clients and platform staff; provisioning from an import file;
 * sign-in and the web security filter chains.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package io.tillid.identity;
