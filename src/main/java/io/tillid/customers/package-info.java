/**
 * Customers: persons and companies, the ownership graph and its beneficial owners, and registry connectors.
 *
 * <p>Declared now so the module map of DESIGN.md holds from the start; its code arrives with its
 * issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package io.tillid.customers;
