package io.tillid.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ErrorAuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * An authenticated client's token request was refused (a wrong PKCE verifier, a used or expired
 * code, a spent refresh token, a scope it may not have): audited in the client's tenant with the
 * error code (never the code, verifier or token), then answered as RFC 6749 says.
 */
final class TokenRefused implements AuthenticationFailureHandler {

  private final OAuthAudit audit;
  private final RegisteredClientRepository clients;
  private final AuthenticationFailureHandler answer = new OAuth2ErrorAuthenticationFailureHandler();

  TokenRefused(OAuthAudit audit, RegisteredClientRepository clients) {
    this.audit = audit;
    this.clients = clients;
  }

  /**
   * Spring clears the security context before calling this; the client authenticated in this same
   * request (or its failure was audited by {@link ClientAuthenticationFailure}), so the id it
   * presented is its own.
   */
  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException failure) throws IOException, ServletException {
    String clientId = ClientAuthenticationFailure.claimedClientId(request);
    RegisteredClient client = clientId == null ? null : clients.findByClientId(clientId);
    if (client != null && failure instanceof OAuth2AuthenticationException refused) {
      audit.refused(client, refused.getError().getErrorCode(), String.valueOf(request.getParameter("grant_type")));
    }
    answer.onAuthenticationFailure(request, response, failure);
  }
}
