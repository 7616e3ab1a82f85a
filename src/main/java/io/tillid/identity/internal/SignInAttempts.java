package io.tillid.identity.internal;

/**
 * Records sign-in outcomes beyond the password (such as a wrong or right second-factor code)
 * against the account's brute-force counter, which the password sign-in shares.
 */
interface SignInAttempts {

  /** One more failure of the principal ({@code user:UUID} or {@code admin:UUID}); may lock it. */
  void failed(String principalId);

  /** The principal signed in completely: its failures are forgotten. */
  void succeeded(String principalId);

  /**
   * Whether the principal is locked out now. A second step must refuse even a right code while
   * it is, or an attacker who knows the password could guess codes past the lockout.
   */
  boolean locked(String principalId);
}
