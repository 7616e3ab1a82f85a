/**
 * Screening: watch-list import, the matching engine, hits and their review, ongoing monitoring. Its domain code is plain Java (see ArchitectureTest).
 *
 * <p>Declared now so the module map of DESIGN.md holds from the start; its code arrives with its
 * issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening")
package io.tillid.screening;
