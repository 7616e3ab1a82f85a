package io.tillid.identity.internal;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.tillid.platform.TenantPrincipal;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * An API request authenticated by a valid, unrevoked access token (of an existing client acting as
 * itself, or of an application acting for a user who still consents) or by a valid, unrevoked,
 * unexpired API key from an allowed address. Its authorities are the principal's scopes.
 */
@SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "Never serialized: the API chain is stateless "
    + "(no session, no security context repository); the authentication lives for one request.")
final class ApiAuthentication extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;
  private final TenantPrincipal principal;

  ApiAuthentication(ApiClientPrincipal principal) {
    this(principal, principal.scopes());
  }

  ApiAuthentication(ApplicationUserPrincipal principal) {
    this(principal, principal.scopes());
  }

  ApiAuthentication(ApiKeyPrincipal principal) {
    this(principal, principal.scopes());
  }

  private ApiAuthentication(TenantPrincipal principal, Set<String> scopes) {
    super(AuthorityUtils.createAuthorityList(scopes.stream().map(scope -> "SCOPE_" + scope).toList()));
    this.principal = principal;
    setAuthenticated(true);
  }

  @Override
  public TenantPrincipal getPrincipal() {
    return principal;
  }

  /** The token or key is not kept: nothing downstream needs it. */
  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiAuthentication that && principal.equals(that.principal) && super.equals(other);
  }

  @Override
  public int hashCode() {
    return principal.hashCode();
  }
}
