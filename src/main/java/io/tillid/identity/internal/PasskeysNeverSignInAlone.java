package io.tillid.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The user lookup Spring Security's passwordless passkey sign-in ({@code /login/webauthn}) needs:
 * it finds no one, so a passkey alone never signs anybody in. Tillid uses passkeys only as the
 * second factor after a password ({@link PasskeyStepController}), the stricter of the two choices.
 */
final class PasskeysNeverSignInAlone {

  private PasskeysNeverSignInAlone() {}

  static UserDetails refuse(String username) {
    throw new UsernameNotFoundException("Passkeys are a second factor only");
  }
}
