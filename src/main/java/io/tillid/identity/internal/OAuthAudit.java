package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * OAuth events in the audit trail, each in its own transaction in the client's tenant: token
 * issued, token revoked, client authentication failed (in the platform's chain when the client id
 * is unknown). Clients are named by their id, tokens by jti; a secret or a token never is, and an
 * unknown client id is not recorded either (it could be a mistyped secret).
 */
@Component
class OAuthAudit {

  static final String ANONYMOUS = "anonymous";

  private final AuditTrail trail;
  private final TransactionTemplate transactions;
  private final ClientRepository clients;

  OAuthAudit(AuditTrail trail, TransactionTemplate transactions, ClientRepository clients) {
    this.trail = trail;
    this.transactions = transactions;
    this.clients = clients;
  }

  void issued(RegisteredClient client, String jti, String scopes) {
    record(client, "oauth.token.issued", Map.of("jti", jti, "scopes", scopes));
  }

  /** A token request of an authenticated client was refused; only the error and the grant type are kept. */
  void refused(RegisteredClient client, String error, String grantType) {
    record(client, "oauth.token.refused", Map.of("error", error, "grantType", grantType));
  }

  void revoked(RegisteredClient client, String jti) {
    record(client, "oauth.token.revoked", Map.of("jti", jti));
  }

  /**
   * Something a user did with an application, or the authorization server did for a user
   * (consent granted, revoked or refused, token issued to it); the user is the actor.
   */
  void forUser(TenantId tenant, UUID user, UUID client, String action, String scopes) {
    write(tenant, new AuditEvent(tenant, ApplicationUserPrincipal.USER_PREFIX + user, action, "client",
        client.toString(), Map.of("scopes", scopes)));
  }

  /**
   * A failed client authentication at an OAuth endpoint; {@code claimedClientId} may be anything or
   * null. Returns whether the client id was known.
   */
  boolean authenticationFailed(String claimedClientId, String endpoint, String error) {
    Optional<TenantId> tenant = claimedClientId == null ? Optional.empty() : clients.tenantOf(claimedClientId);
    Optional<UUID> client = tenant.flatMap(t -> TenantScope.call(t, () -> clients.find(t, claimedClientId))
        .map(ClientRepository.StoredClient::id));
    TenantId chain = client.isPresent() ? tenant.get() : TenantId.PLATFORM;
    Map<String, String> details = new HashMap<>(Map.of("endpoint", endpoint, "error", error,
        "knownClient", String.valueOf(client.isPresent())));
    write(chain, new AuditEvent(chain, ANONYMOUS, "oauth.client.authentication.failed",
        client.isPresent() ? "client" : null, client.map(UUID::toString).orElse(null), details));
    return client.isPresent();
  }

  /**
   * An access token presented to the API was refused. A token whose signature verified but that is
   * revoked, or whose client or consent is gone, is recorded in its tenant against its subject and
   * jti; any other (bad signature, expired, malformed) in the platform's chain with the error only,
   * since nothing in it can be trusted.
   */
  void bearerRefused(RefusedToken token, String error) {
    if (token == null) {
      write(TenantId.PLATFORM, new AuditEvent(TenantId.PLATFORM, ANONYMOUS, "api.token.refused", null, null,
          Map.of("error", error)));
      return;
    }
    write(token.tenant(), new AuditEvent(token.tenant(), ANONYMOUS, "api.token.refused", "token", token.jti(),
        Map.of("error", error, "subject", token.subject())));
  }

  /** What a verified but refused access token said about itself. */
  record RefusedToken(TenantId tenant, String subject, String jti) {}

  private void record(RegisteredClient client, String action, Map<String, String> details) {
    TenantId tenant = ClientRegistrations.tenantOf(client);
    String id = ClientRegistrations.idOf(client).toString();
    write(tenant, new AuditEvent(tenant, OAuthTokenStore.SUBJECT_PREFIX + id, action, "client", id, details));
  }

  private void write(TenantId chain, AuditEvent event) {
    Map<String, String> details = new HashMap<>(event.details());
    String requestId = MDC.get("requestId");
    if (requestId != null) {
      details.put("requestId", requestId);
    }
    AuditEvent withRequest = new AuditEvent(event.tenant(), event.actor(), event.action(), event.targetType(),
        event.targetId(), details);
    TenantScope.run(chain, () -> transactions.executeWithoutResult(status -> trail.record(withRequest)));
  }
}
