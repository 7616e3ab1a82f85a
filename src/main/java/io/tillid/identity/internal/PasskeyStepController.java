package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.PublicRoute;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.authentication.HttpSessionPublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The second sign-in step by passkey. The browser first asks Spring Security's
 * {@code /webauthn/authenticate/options} for a challenge (kept in the session), then posts the
 * assertion here. Passkeys never sign in alone: this step needs a verified password first.
 */
@Controller
@SuppressFBWarnings(value = "SPRING_ENDPOINT", justification = "Reviewed endpoint: only for a pending sign-in "
    + "(SIGNIN_SECOND_FACTOR, webChain), CSRF-protected, the assertion is checked by webauthn4j")
@PublicRoute("Second step of sign-in: the web filter chain admits only a sign-in awaiting its second factor.")
class PasskeyStepController {

  private static final JsonMapper JSON = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
  private static final TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>> ASSERTION =
      new TypeReference<>() {};

  private final PendingSignIns pending;
  private final PasskeyCheck check;
  private final SignInCompletion completion;
  private final PublicKeyCredentialRequestOptionsRepository options =
      new HttpSessionPublicKeyCredentialRequestOptionsRepository();

  PasskeyStepController(PendingSignIns pending, PasskeyCheck check, SignInCompletion completion) {
    this.pending = pending;
    this.check = check;
    this.completion = completion;
  }

  @PostMapping(path = "/mfa/passkey", consumes = "application/json", produces = "application/json")
  ResponseEntity<Map<String, Object>> verify(HttpServletRequest request, HttpServletResponse response) {
    Optional<Authentication> current = pending.current(SignInStage.SECOND_FACTOR, request, response);
    PublicKeyCredentialRequestOptions challenge = options.load(request);
    options.save(request, response, null);
    if (current.isEmpty() || challenge == null) {
      return ResponseEntity.status(401).body(Map.of("authenticated", false));
    }
    PublicKeyCredential<AuthenticatorAssertionResponse> assertion;
    try {
      assertion = JSON.readValue(request.getInputStream(), ASSERTION);
    } catch (IOException | RuntimeException malformed) {
      assertion = null;
    }
    SignedInPrincipal principal = SignInStage.principal(current.get());
    if (assertion == null || !check.verify(principal, challenge, assertion)) {
      return ResponseEntity.status(401).body(Map.of("authenticated", false));
    }
    completion.complete(current.get(), org.springframework.security.core.authority.FactorGrantedAuthority
        .WEBAUTHN_AUTHORITY, request, response);
    return ResponseEntity.ok(Map.of("authenticated", true, "redirectUrl", "/"));
  }
}
