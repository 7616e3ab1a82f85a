package io.tillid.identity.internal;

import io.tillid.platform.TenantPrincipal;

/**
 * Where sign-in steps report their outcome, so that brute-force defence counts second-factor
 * failures with password failures. The default does nothing; the brute-force defence replaces it.
 */
interface SignInAttempts {

  void failed(TenantPrincipal principal);

  void succeeded(TenantPrincipal principal);
}
