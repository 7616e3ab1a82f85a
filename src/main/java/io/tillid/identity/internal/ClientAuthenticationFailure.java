package io.tillid.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A client failed to authenticate at an OAuth endpoint: audited, then answered as RFC 6749 says
 * ({@code 401 {"error":"invalid_client"}}). Only the claimed client id is read from the request,
 * never the secret.
 */
final class ClientAuthenticationFailure implements AuthenticationFailureHandler {

  private final OAuthAudit audit;
  private final PasswordEncoder secrets;
  private final OAuth2ErrorHttpMessageConverter json = new OAuth2ErrorHttpMessageConverter();
  private volatile String unknownClientHash;

  ClientAuthenticationFailure(OAuthAudit audit, PasswordEncoder secrets) {
    this.audit = audit;
    this.secrets = secrets;
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException failure) throws IOException {
    OAuth2Error error = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError()
        : new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT);
    String claimed = claimedClientId(request);
    boolean known = audit.authenticationFailed(claimed, request.getServletPath(), error.getErrorCode());
    if (claimed != null && !known) {
      spendAsForAKnownClient();
    }
    // RFC 6749 section 5.2: invalid_client is 401, with a challenge for the scheme the client used
    boolean invalidClient = OAuth2ErrorCodes.INVALID_CLIENT.equals(error.getErrorCode());
    if (invalidClient) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"tillid\"");
    }
    ServletServerHttpResponse http = new ServletServerHttpResponse(response);
    http.setStatusCode(invalidClient ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST);
    // only the error code: a description could carry details of the failed check
    json.write(new OAuth2Error(error.getErrorCode()), null, http);
  }

  /** An unknown client id costs the same hash check as a known one: timing tells no client id apart. */
  private void spendAsForAKnownClient() {
    String hash = unknownClientHash;
    if (hash == null) {
      hash = secrets.encode("no client has this secret");
      unknownClientHash = hash;
    }
    secrets.matches("not the secret", hash);
  }

  /** The client id the request names (HTTP Basic user, else the client_id parameter), or null. */
  static String claimedClientId(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? null : URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return null;
      }
    }
    return request.getParameter("client_id");
  }
}
