package io.tillid.identity.internal;

/**
 * Whose password is being set, as far as the policy needs it. {@code toString} masks the e-mail
 * address.
 *
 * @param email the account's e-mail address
 * @param tenantName the organisation's name (or the platform's)
 * @param tenantSlug the organisation's slug
 * @param mfaEnrolled whether the account has a second factor, which lowers the minimum length
 */
record PasswordSubject(String email, String tenantName, String tenantSlug, boolean mfaEnrolled) {

  @Override
  public String toString() {
    return "PasswordSubject[mfaEnrolled=" + mfaEnrolled + "]";
  }
}
