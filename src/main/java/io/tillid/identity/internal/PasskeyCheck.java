package io.tillid.identity.internal;

import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step by passkey: a valid assertion, for the challenge this session was given, by a
 * passkey of the very principal whose password was verified.
 */
@Component
class PasskeyCheck {

  private final WebAuthnRelyingPartyOperations relyingParty;
  private final SecondStepOutcome outcome;

  PasskeyCheck(WebAuthnRelyingPartyOperations relyingParty, SecondStepOutcome outcome) {
    this.relyingParty = relyingParty;
    this.outcome = outcome;
  }

  @Transactional
  public boolean verify(SignedInPrincipal principal, PublicKeyCredentialRequestOptions options,
      PublicKeyCredential<AuthenticatorAssertionResponse> credential) {
    if (!outcome.admitted(principal)) {
      return false;
    }
    boolean verified;
    try {
      PublicKeyCredentialUserEntity owner =
          relyingParty.authenticate(new RelyingPartyAuthenticationRequest(options, credential));
      verified = owner != null && principal.principalId().equals(owner.getName());
    } catch (RuntimeException invalid) {
      verified = false;
    }
    return outcome.record(principal, "passkey", verified);
  }
}
