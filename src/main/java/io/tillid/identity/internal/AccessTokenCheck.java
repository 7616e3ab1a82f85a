package io.tillid.identity.internal;

import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a verified access token (signature, issuer and lifetime already checked locally) into the
 * API client's authentication, after one query in the token's tenant: the client must still exist
 * and the token must not be revoked, so a deleted client or a revoked token is refused at once. The
 * client may use the token's scopes that it still holds now. A token an application holds for a
 * user ({@code user:UUID}) acts as that user within the scopes the user still consents to.
 */
@Component
class AccessTokenCheck implements Converter<Jwt, AbstractAuthenticationToken> {

  private final AccessTokenRepository tokens;
  private final UserAuthorizationRepository authorizations;

  AccessTokenCheck(AccessTokenRepository tokens, UserAuthorizationRepository authorizations) {
    this.tokens = tokens;
    this.authorizations = authorizations;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Optional<UUID> user = PrincipalIds.uuidAfter(ApplicationUserPrincipal.USER_PREFIX, jwt.getSubject());
    if (user.isPresent()) {
      return forUser(jwt, user.get());
    }
    UUID client = PrincipalIds.uuidAfter(OAuthTokenStore.SUBJECT_PREFIX, jwt.getSubject()).orElseThrow(
        AccessTokenCheck::refused);
    TenantId tenant = tenantOf(jwt);
    Optional<String> held = TenantScope.call(tenant, () -> tokens.usableScopes(tenant, client, jwt.getId()));
    if (held.isEmpty()) {
      throw refused(tenant, jwt);
    }
    return new ApiAuthentication(new ApiClientPrincipal(tenant, client, usable(jwt, held.get())));
  }

  /**
   * A token an application holds for a user: refused unless the token is unrevoked, the user still
   * consents and is active; its scopes are those of the token the user still consents to.
   */
  private AbstractAuthenticationToken forUser(Jwt jwt, UUID user) {
    TenantId tenant = tenantOf(jwt);
    Optional<String> consented = TenantScope.call(tenant, () -> authorizations.usableScopes(tenant, user, jwt.getId()));
    if (consented.isEmpty()) {
      throw refused(tenant, jwt);
    }
    return new ApiAuthentication(new ApplicationUserPrincipal(tenant, user, usable(jwt, consented.get())));
  }

  private static TenantId tenantOf(Jwt jwt) {
    TenantId tenant;
    try {
      tenant = TenantId.of(String.valueOf(jwt.getClaimAsString(OAuthTokenStore.TENANT_CLAIM)));
    } catch (IllegalArgumentException malformed) {
      throw refused();
    }
    if (jwt.getId() == null) {
      throw refused();
    }
    return tenant;
  }

  /** The token's scopes that are still held. */
  private static Set<String> usable(Jwt jwt, String held) {
    List<String> granted = jwt.getClaimAsStringList("scope");
    Set<String> scopes = new HashSet<>(granted == null ? List.of() : granted);
    scopes.retainAll(Arrays.asList(held.split(" ")));
    return scopes;
  }

  /** One answer for every reason, so a caller learns nothing about which check failed. */
  private static InvalidBearerTokenException refused() {
    return new InvalidBearerTokenException("The access token is not valid.");
  }

  /** A verified token of a tenant that is no longer good (revoked, client deleted, consent gone). */
  private static InvalidBearerTokenException refused(TenantId tenant, Jwt jwt) {
    return new RefusedTokenException(new OAuthAudit.RefusedToken(tenant, jwt.getSubject(), jwt.getId()));
  }

  /** The refusal of a verified token, carrying what the audit trail records of it. */
  static final class RefusedTokenException extends InvalidBearerTokenException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialised: it lives for one request's refusal
    private final transient OAuthAudit.RefusedToken token;

    RefusedTokenException(OAuthAudit.RefusedToken token) {
      super("The access token is not valid.");
      this.token = token;
    }

    OAuthAudit.RefusedToken token() {
      return token;
    }
  }
}
