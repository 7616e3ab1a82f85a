package io.tillid.identity.internal;

import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.ParseException;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/** A token was issued: audited (client, jti, scopes; never the token), then answered as RFC 6749 says. */
final class TokenIssued implements AuthenticationSuccessHandler {

  private final OAuthAudit audit;
  private final AuthenticationSuccessHandler answer = new OAuth2AccessTokenResponseAuthenticationSuccessHandler();

  TokenIssued(OAuthAudit audit) {
    this.audit = audit;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException, ServletException {
    if (authentication instanceof OAuth2AccessTokenAuthenticationToken issued) {
      audit.issued(issued.getRegisteredClient(), jtiOf(issued.getAccessToken().getTokenValue()),
          String.join(" ", new TreeSet<>(issued.getAccessToken().getScopes())));
    }
    answer.onAuthenticationSuccess(request, response, authentication);
  }

  /** The jti of a token we have just signed (read, not verified: it is our own). */
  static String jtiOf(String token) {
    try {
      return String.valueOf(SignedJWT.parse(token).getJWTClaimsSet().getJWTID());
    } catch (ParseException notAJwt) {
      return "unknown";
    }
  }
}
