package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.identity.DelegatedPrincipal;
import io.tillid.identity.internal.ApiKeyRepository.StoredKey;
import io.tillid.platform.InvalidFieldException;
import io.tillid.platform.ObjectNotFound;
import io.tillid.platform.PermissionChecker;
import io.tillid.platform.Permissions;
import io.tillid.platform.TenantPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, listing and revoking a tenant's API keys. A key gets only permissions its creator holds
 * when it is made (checked here) and keeps only those the creator still holds (checked on every
 * request by the access module); a key cannot make keys. Every creation and revocation is audited;
 * the secret is shown once and never stored or logged.
 */
@Component
class ApiKeys {

  static final int MAX_ADDRESSES = 20;

  /** What a caller asks for; expiresAt is an ISO-8601 instant or null, addresses CIDRs or single addresses. */
  record Request(String name, List<String> scopes, String expiresAt, List<String> allowedAddresses) {}

  /** A key as lists show it: never its secret or hash. */
  record View(UUID id, String name, String prefix, List<String> scopes, List<String> allowedAddresses,
      String createdBy, Instant createdAt, Instant expiresAt, Instant lastUsedAt, String lastUsedAddress,
      Instant revokedAt) {

    static View of(StoredKey key) {
      return new View(key.id(), key.name(), key.prefix(), split(key.scopes()), split(key.allowedAddresses()),
          key.createdBy(), key.createdAt(), key.expiresAt(), key.lastUsedAt(), key.lastUsedAddress(), key.revokedAt());
    }
  }

  /** A new key: its view and the key text, which is shown this once. */
  record Created(View key, String secret) {
    @Override
    public String toString() {
      return "Created[id=" + key.id() + "]";
    }
  }

  private final ApiKeyRepository keys;
  private final PermissionChecker permissions;
  private final AuditTrail audit;
  private final Clock clock;

  ApiKeys(ApiKeyRepository keys, PermissionChecker permissions, AuditTrail audit, Clock clock) {
    this.keys = keys;
    this.permissions = permissions;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Created create(TenantPrincipal creator, Request request) {
    if (creator instanceof DelegatedPrincipal || creator.tenantId().isPlatform()) {
      throw new AccessDeniedException("An API key cannot create API keys.");
    }
    Instant now = clock.instant();
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new InvalidFieldException("name", "required", "The field 'name' must be 1 to 100 characters.");
    }
    Set<String> scopes = new TreeSet<>(request.scopes() == null ? List.of() : request.scopes());
    if (scopes.isEmpty() || !Permissions.ALL.containsAll(scopes)) {
      throw new InvalidFieldException("scopes", "scopes",
          "The field 'scopes' must name at least one permission, and only permissions.");
    }
    if (!permissions.permissionsOf(creator).containsAll(scopes)) {
      throw new AccessDeniedException("An API key cannot have a permission its creator lacks.");
    }
    Instant expiresAt = expiry(request.expiresAt(), now);
    List<String> addresses = addresses(request.allowedAddresses());
    ApiKeySecrets.Issued issued = ApiKeySecrets.issue();
    StoredKey key = new StoredKey(UUID.randomUUID(), issued.prefix(), issued.secretHash(), name,
        String.join(" ", scopes), addresses.isEmpty() ? null : String.join(" ", addresses), creator.principalId(),
        now, expiresAt, null, null, null);
    keys.insert(creator.tenantId(), key);
    Map<String, String> details = new HashMap<>();
    details.put("scopes", key.scopes());
    details.put("prefix", key.prefix());
    if (expiresAt != null) {
      details.put("expiresAt", expiresAt.toString());
    }
    if (key.allowedAddresses() != null) {
      details.put("allowedAddresses", key.allowedAddresses());
    }
    audit.record(new AuditEvent(creator.tenantId(), creator.principalId(), "api_key.created", "api_key",
        key.id().toString(), details));
    return new Created(View.of(key), issued.text());
  }

  @Transactional(readOnly = true)
  public List<View> list(TenantPrincipal principal) {
    return keys.list(principal.tenantId()).stream().map(View::of).toList();
  }

  /** Revokes the tenant's key; refused at once from the next request. Another tenant's key is not found. */
  @Transactional
  public void revoke(TenantPrincipal principal, UUID id) {
    if (keys.find(principal.tenantId(), id).isEmpty()) {
      throw new ObjectNotFound("api_key");
    }
    if (keys.revoke(principal.tenantId(), id, principal.principalId(), clock.instant())) {
      audit.record(AuditEvent.of(principal.tenantId(), principal.principalId(), "api_key.revoked", "api_key",
          id.toString()));
    }
  }

  private static Instant expiry(String text, Instant now) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      Instant expiresAt = Instant.parse(text.strip());
      if (!expiresAt.isAfter(now)) {
        throw new InvalidFieldException("expiresAt", "future", "The field 'expiresAt' must be in the future.");
      }
      return expiresAt;
    } catch (DateTimeParseException malformed) {
      throw new InvalidFieldException("expiresAt", "instant",
          "The field 'expiresAt' must be an ISO-8601 instant such as 2030-01-31T00:00:00Z.");
    }
  }

  private static List<String> addresses(List<String> given) {
    List<String> addresses = new ArrayList<>();
    for (String address : given == null ? List.<String>of() : given) {
      String trimmed = address == null ? "" : address.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      try {
        new IpAddressMatcher(trimmed);
      } catch (IllegalArgumentException malformed) {
        throw new InvalidFieldException("allowedAddresses", "cidr",
            "The field 'allowedAddresses' must hold IP addresses or CIDR ranges such as 203.0.113.0/24.");
      }
      addresses.add(trimmed);
    }
    if (addresses.size() > MAX_ADDRESSES) {
      throw new InvalidFieldException("allowedAddresses", "size",
          "The field 'allowedAddresses' may hold at most " + MAX_ADDRESSES + " entries.");
    }
    return addresses;
  }

  static List<String> split(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.split(" "));
  }
}
