/**
 * KYC cases: CDD levels, the case workflow, four-eyes approval and periodic review.
 *
 * <p>Declared now so the module map of DESIGN.md holds from the start; its code arrives with its
 * issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package io.tillid.cases;
