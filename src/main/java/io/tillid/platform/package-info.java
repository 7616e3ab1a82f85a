/**
 * Shared kernel: tenant ids, the clock, problem+json errors, HTTPS and security headers, request
 * logging, health, and the launcher's configuration checks. Every other module may use it; it uses
 * none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package io.tillid.platform;
