/**
 * Risk: risk models, country and industry reference data, scoring with explained factors, and review intervals. Its domain code is plain Java (see ArchitectureTest).
 *
 * <p>Declared now so the module map of DESIGN.md holds from the start; its code arrives with its
 * issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package io.tillid.risk;
