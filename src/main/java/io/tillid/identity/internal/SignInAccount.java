package io.tillid.identity.internal;

import java.util.Set;

/** What sign-in needs to know of an account; toString masks the hash. */
record SignInAccount(SignedInPrincipal principal, String passwordHash, boolean active, Set<String> roles) {

  @Override
  public String toString() {
    return "SignInAccount[" + principal + "]";
  }
}
