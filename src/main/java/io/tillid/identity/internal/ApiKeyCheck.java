package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.identity.internal.ApiKeyRepository.StoredKey;
import io.tillid.platform.TenantId;
import io.tillid.platform.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a presented API key: known prefix, matching secret, not revoked, not expired, presented
 * from an allowed address, and a creator that is still an active user or an existing client.
 * Revocation and expiry count at once: every request reads the key. The last use is written at
 * most once a minute per key. Every refusal is audited (in the key's tenant when the prefix is
 * known, else in the platform's chain) with its reason, never the key.
 */
@Component
class ApiKeyCheck {

  static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);

  /** Why a key was refused. */
  enum Refusal { MALFORMED, UNKNOWN, BAD_SECRET, REVOKED, EXPIRED, ADDRESS_NOT_ALLOWED, CREATOR_INACTIVE }

  /** The principal, or the reason it was refused. */
  record Outcome(ApiKeyPrincipal principal, Refusal refusal) {}

  private final ApiKeyRepository keys;
  private final ClientRepository clients;
  private final AuditTrail audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ApiKeyCheck(ApiKeyRepository keys, ClientRepository clients, AuditTrail audit, TransactionTemplate transactions,
      Clock clock) {
    this.keys = keys;
    this.clients = clients;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  Outcome check(String header, String address) {
    Optional<ApiKeySecrets.Presented> presented = ApiKeySecrets.parse(header);
    if (presented.isEmpty()) {
      return refused(TenantId.PLATFORM, null, Refusal.MALFORMED);
    }
    String prefix = presented.get().prefix();
    Optional<TenantId> tenant = keys.tenantOf(prefix);
    if (tenant.isEmpty()) {
      return refused(TenantId.PLATFORM, null, Refusal.UNKNOWN);
    }
    return TenantScope.call(tenant.get(), () -> check(tenant.get(), presented.get(), address));
  }

  private Outcome check(TenantId tenant, ApiKeySecrets.Presented presented, String address) {
    Optional<StoredKey> found = keys.findByPrefix(tenant, presented.prefix());
    if (found.isEmpty()) {
      return refused(TenantId.PLATFORM, null, Refusal.UNKNOWN);
    }
    StoredKey key = found.get();
    Instant now = clock.instant();
    Refusal refusal = !ApiKeySecrets.matches(presented.secret(), key.secretHash()) ? Refusal.BAD_SECRET
        : key.revokedAt() != null ? Refusal.REVOKED
        : key.expiresAt() != null && !now.isBefore(key.expiresAt()) ? Refusal.EXPIRED
        : !allowed(key.allowedAddresses(), address) ? Refusal.ADDRESS_NOT_ALLOWED
        : !creatorActive(tenant, key.createdBy()) ? Refusal.CREATOR_INACTIVE
        : null;
    if (refusal != null) {
      return refused(tenant, key.id(), refusal);
    }
    if (key.lastUsedAt() == null || !key.lastUsedAt().plus(LAST_USE_GRANULARITY).isAfter(now)) {
      keys.touch(tenant, key.id(), now, address);
    }
    return new Outcome(new ApiKeyPrincipal(tenant, key.id(), new ApiKeyPrincipal.Creator(tenant, key.createdBy()),
        new HashSet<>(ApiKeys.split(key.scopes()))), null);
  }

  private static boolean allowed(String allowedAddresses, String address) {
    if (allowedAddresses == null || allowedAddresses.isBlank()) {
      return true;
    }
    if (address == null) {
      return false;
    }
    for (String range : allowedAddresses.split(" ")) {
      if (new IpAddressMatcher(range).matches(address)) {
        return true;
      }
    }
    return false;
  }

  private boolean creatorActive(TenantId tenant, String createdBy) {
    Optional<UUID> user = PrincipalIds.uuidAfter("user:", createdBy);
    if (user.isPresent()) {
      return keys.userStatus(tenant, user.get()).filter(UserRepository.ACTIVE::equals).isPresent();
    }
    return PrincipalIds.uuidAfter(OAuthTokenStore.SUBJECT_PREFIX, createdBy)
        .flatMap(client -> clients.scopesOf(tenant, client)).isPresent();
  }

  private Outcome refused(TenantId chain, UUID keyId, Refusal refusal) {
    Map<String, String> details = new HashMap<>();
    details.put("reason", refusal.name().toLowerCase(java.util.Locale.ROOT));
    String requestId = MDC.get("requestId");
    if (requestId != null) {
      details.put("requestId", requestId);
    }
    AuditEvent event = new AuditEvent(chain, OAuthAudit.ANONYMOUS, "api_key.refused", keyId == null ? null : "api_key",
        keyId == null ? null : keyId.toString(), details);
    TenantScope.run(chain, () -> transactions.executeWithoutResult(status -> audit.record(event)));
    return new Outcome(null, refusal);
  }
}
