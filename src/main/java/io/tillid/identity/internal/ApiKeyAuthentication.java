package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** An API request authenticated by a valid, unrevoked, unexpired API key from an allowed address. */
@SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "Never serialized: the API chain is stateless "
    + "(no session, no security context repository); the authentication lives for one request.")
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;
  private final ApiKeyPrincipal principal;

  ApiKeyAuthentication(ApiKeyPrincipal principal) {
    super(AuthorityUtils.createAuthorityList(principal.scopes().stream().map(scope -> "SCOPE_" + scope).toList()));
    this.principal = principal;
    setAuthenticated(true);
  }

  @Override
  public ApiKeyPrincipal getPrincipal() {
    return principal;
  }

  /** The key is not kept: nothing downstream needs it. */
  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKeyAuthentication that && principal.equals(that.principal) && super.equals(other);
  }

  @Override
  public int hashCode() {
    return principal.hashCode();
  }
}
