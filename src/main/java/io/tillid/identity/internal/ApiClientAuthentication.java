package io.tillid.identity.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** An API request authenticated by a valid, unrevoked access token of an existing client. */
final class ApiClientAuthentication extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;
  private final ApiClientPrincipal principal;

  ApiClientAuthentication(ApiClientPrincipal principal) {
    super(AuthorityUtils.createAuthorityList(principal.scopes().stream().map(scope -> "SCOPE_" + scope).toList()));
    this.principal = principal;
    setAuthenticated(true);
  }

  @Override
  public ApiClientPrincipal getPrincipal() {
    return principal;
  }

  /** The token is not kept: nothing downstream needs it. */
  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiClientAuthentication that && principal.equals(that.principal) && super.equals(other);
  }

  @Override
  public int hashCode() {
    return principal.hashCode();
  }
}
