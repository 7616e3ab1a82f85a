package io.tillid.identity.internal;

import io.tillid.audit.AuditEvent;
import io.tillid.audit.AuditTrail;
import io.tillid.identity.internal.ClientRepository.StoredClient;
import io.tillid.platform.Permissions;
import io.tillid.platform.TenantPrincipal;
import io.tillid.platform.TenantScope;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * A tenant administrator registers a third-party application: a client id unique across tenants,
 * public (no secret; PKCE is its proof) or confidential (a secret, shown once, stored as a hash),
 * redirect URIs matched exactly (https, or http on a loopback address for native apps, no fragment)
 * and the scopes users may consent to. Audited.
 */
@Component
class ApplicationRegistration {

  /** Why a registration was refused: the message key {@code clients.app.refused.<reason>}. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    Refused(String reason) {
      super("application registration refused: " + reason);
      this.reason = reason;
    }

    String reason() {
      return reason;
    }
  }

  /** A registered application; {@code secret} is the confidential one's, shown once (null for public). */
  record Registered(UUID id, String clientId, String secret) {
    @Override
    public String toString() {
      return "Registered[" + clientId + "]";
    }
  }

  private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._-]{3,100}");
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]");
  private static final int MAX_REDIRECT_URIS = 10;

  private final ClientRepository clients;
  private final SecretHasher hasher;
  private final AuditTrail trail;
  private final TransactionOperations transactions;

  ApplicationRegistration(ClientRepository clients, SecretHasher hasher, AuditTrail trail,
      TransactionOperations transactions) {
    this.clients = clients;
    this.hasher = hasher;
    this.trail = trail;
    this.transactions = transactions;
  }

  Registered register(TenantPrincipal admin, String clientId, ClientType type, Collection<String> redirectUris,
      Collection<String> scopes) {
    if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
      throw new Refused("clientId");
    }
    if (type == null || !type.isApplication()) {
      throw new Refused("type");
    }
    List<String> uris = redirectUris.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    if (uris.isEmpty() || uris.size() > MAX_REDIRECT_URIS || !uris.stream().allMatch(ApplicationRegistration::allowed)) {
      throw new Refused("redirectUri");
    }
    Set<String> wanted = new TreeSet<>(scopes);
    if (wanted.isEmpty() || !Permissions.ALL.containsAll(wanted)) {
      throw new Refused("scopes");
    }
    if (clients.tenantOf(clientId).isPresent()) {
      throw new Refused("taken");
    }
    // a public application has no secret: a random one nobody knows fills the column, never usable
    // (its only authentication method is none, with PKCE)
    String secret = SecretTokens.newToken();
    UUID id = UUID.randomUUID();
    StoredClient client = new StoredClient(id, clientId, hasher.hash(secret), String.join(" ", wanted), type,
        String.join(" ", new TreeSet<>(uris)));
    // the directory of client ids spans tenants: only the system scope may add to it
    TenantScope.system("registering an application: its client id goes into the directory of all tenants",
        () -> transactions.execute(status -> {
          clients.insert(admin.tenantId(), client);
          trail.record(new AuditEvent(admin.tenantId(), admin.principalId(), "oauth.application.registered", "client",
              id.toString(), Map.of("type", type.stored(), "scopes", client.scopes(), "redirectUris",
                  client.redirectUris())));
          return id;
        }));
    return new Registered(id, clientId, type == ClientType.CONFIDENTIAL ? secret : null);
  }

  /** The type a form names, if it names an application's. */
  static Optional<ClientType> typeOf(String name) {
    return Arrays.stream(ClientType.values()).filter(ClientType::isApplication)
        .filter(type -> type.stored().equals(name)).findFirst();
  }

  /** https anywhere, or http on a loopback address (RFC 8252 native apps); absolute, no fragment. */
  static boolean allowed(String uri) {
    try {
      URI parsed = new URI(uri);
      if (!parsed.isAbsolute() || parsed.getRawFragment() != null || parsed.getHost() == null
          || parsed.getRawUserInfo() != null) {
        return false;
      }
      // schemes are compared as written: a registration names them in lower case
      String scheme = parsed.getScheme();
      return "https".equals(scheme) || ("http".equals(scheme) && LOOPBACK.contains(parsed.getHost()));
    } catch (URISyntaxException malformed) {
      return false;
    }
  }
}
