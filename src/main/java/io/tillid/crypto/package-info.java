/**
 * Key management: per-tenant keysets wrapped by the master key, envelope and field encryption, blind indexes, rotation and crypto-shredding.
 *
 * <p>Declared now so the module map of DESIGN.md holds from the start; its code arrives with its
 * issue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Crypto")
package io.tillid.crypto;
