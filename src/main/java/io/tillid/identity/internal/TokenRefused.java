package io.tillid.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ErrorAuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * An authenticated client's token request was refused (a wrong PKCE verifier, a used or expired
 * code, a spent refresh token, a scope it may not have): audited in the client's tenant with the
 * error code (never the code, verifier or token), then answered as RFC 6749 says.
 */
final class TokenRefused implements AuthenticationFailureHandler {

  private final OAuthAudit audit;
  private final AuthenticationFailureHandler answer = new OAuth2ErrorAuthenticationFailureHandler();

  TokenRefused(OAuthAudit audit) {
    this.audit = audit;
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException failure) throws IOException, ServletException {
    Authentication current = SecurityContextHolder.getContext().getAuthentication();
    if (current instanceof OAuth2ClientAuthenticationToken client && client.getRegisteredClient() != null
        && failure instanceof OAuth2AuthenticationException refused) {
      audit.refused(client.getRegisteredClient(), refused.getError().getErrorCode(),
          String.valueOf(request.getParameter("grant_type")));
    }
    answer.onAuthenticationFailure(request, response, failure);
  }
}
