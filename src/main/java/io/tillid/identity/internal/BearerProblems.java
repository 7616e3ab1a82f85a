package io.tillid.identity.internal;

import io.tillid.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API's refusal of a request without valid credentials: {@code application/problem+json} with
 * the RFC 6750 {@code WWW-Authenticate} challenge ({@code error="invalid_token"} when a token was
 * sent but not accepted). Neither names why a token failed beyond its error code. A refused token
 * is recorded in the audit trail ({@code api.token.refused}).
 */
final class BearerProblems implements AuthenticationEntryPoint {

  private final OAuthAudit audit;

  BearerProblems(OAuthAudit audit) {
    this.audit = audit;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
      // a token was sent and refused: a use failure of a credential, audited without the token
      audit.bearerRefused(failure instanceof AccessTokenCheck.RefusedTokenException refused ? refused.token() : null,
          error.getErrorCode());
      response.setHeader("WWW-Authenticate", "Bearer error=\"" + error.getErrorCode() + "\"");
      boolean badRequest = error.getHttpStatus().value() == 400;
      Problems.write(request, response, badRequest ? 400 : 401, badRequest ? "The request's credentials are malformed."
          : "The access token is invalid, expired or revoked.");
      return;
    }
    response.setHeader("WWW-Authenticate", "Bearer");
    Problems.write(request, response, 401, "Authentication is required.");
  }
}
