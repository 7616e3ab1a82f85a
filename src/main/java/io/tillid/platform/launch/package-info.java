/** What the launcher checks and prepares before the application context starts. */
@org.springframework.modulith.NamedInterface("launch")
package io.tillid.platform.launch;
